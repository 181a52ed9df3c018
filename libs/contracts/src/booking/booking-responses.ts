import * as z from 'zod';
import { localeSchema } from './party';

const localizedTextSchema = z.object({ it: z.string(), en: z.string(), de: z.string(), nl: z.string() }).readonly();

export const quoteLineSchema = z.object({
  kind: z.enum(['accommodation', 'person', 'pet', 'vehicle', 'extra', 'discount', 'tourist-tax']),
  code: z.string(),
  quantity: z.number().int(),
  unitMinor: z.number().int(),
  amountMinor: z.number().int(),
  seasonCode: z.string().optional(),
});

export const quoteSchema = z.object({
  currency: z.string(),
  nights: z.number().int(),
  lines: z.array(quoteLineSchema).readonly(),
  totalMinor: z.number().int().nonnegative(),
});
export type QuoteResponse = z.infer<typeof quoteSchema>;

export const unitSchema = z.object({
  id: z.uuid(),
  unitTypeId: z.uuid(),
  code: z.string(),
  attributes: z.object({
    sizeM2: z.number(),
    maxGuests: z.number().int(),
    petsAllowed: z.boolean(),
    electricityAmps: z.number().nullable(),
    water: z.boolean(),
    drainage: z.boolean(),
    shade: z.enum(['none', 'partial', 'full']),
    maxVehicleLengthM: z.number().nullable(),
    accessible: z.boolean(),
    features: z.array(z.string()).readonly(),
  }),
  map: z.object({ x: z.number(), y: z.number(), width: z.number(), height: z.number(), rotationDeg: z.number() }),
});

export const unitTypeSchema = z.object({
  id: z.uuid(),
  code: z.string(),
  kind: z.enum(['pitch', 'mobile-home', 'glamping-tent', 'bungalow']),
  name: localizedTextSchema,
  description: localizedTextSchema,
  maxGuests: z.number().int(),
});

export const ruleViolationSchema = z.object({ code: z.string(), params: z.record(z.string(), z.unknown()), message: z.string() });

export const unitTypeAvailabilitySchema = z.object({
  unitType: unitTypeSchema,
  available: z.boolean(),
  violations: z.array(ruleViolationSchema).readonly(),
  quote: quoteSchema.nullable(),
  freeUnitCount: z.number().int().nonnegative(),
  /** Only when the query asked for `units=true`. */
  freeUnitIds: z.array(z.uuid()).readonly().optional(),
});

export const availabilityResponseSchema = z.object({
  propertyId: z.uuid(),
  arrival: z.string(),
  departure: z.string(),
  results: z.array(unitTypeAvailabilitySchema).readonly(),
});
export type AvailabilityResponse = z.infer<typeof availabilityResponseSchema>;

export const holdResponseSchema = z.object({
  holdId: z.uuid(),
  unitId: z.uuid(),
  unitCode: z.string(),
  unitTypeCode: z.string(),
  arrival: z.string(),
  departure: z.string(),
  expiresAt: z.iso.datetime(),
  quote: quoteSchema,
});
export type HoldResponse = z.infer<typeof holdResponseSchema>;

export const bookingSchema = z.object({
  reference: z.string(),
  status: z.enum(['confirmed', 'cancelled']),
  propertyId: z.uuid(),
  unitId: z.uuid(),
  unitCode: z.string(),
  unitTypeCode: z.string(),
  arrival: z.string(),
  departure: z.string(),
  guest: z.object({ firstName: z.string(), lastName: z.string(), email: z.string(), country: z.string() }),
  locale: localeSchema,
  quote: quoteSchema,
  cancellation: z.object({ freeUntil: z.string(), feeIfCancelledNowMinor: z.number().int() }),
  cancelledAt: z.iso.datetime().nullable(),
  cancellationFeeMinor: z.number().int().nullable(),
});
export type BookingView = z.infer<typeof bookingSchema>;

/** Returned once when booking (and again on an idempotent retry): the token manages the booking. */
export const bookingCreatedSchema = z.object({ booking: bookingSchema, manageToken: z.string() });
export type BookingCreated = z.infer<typeof bookingCreatedSchema>;
