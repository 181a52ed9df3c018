import * as z from 'zod';
import { extraChoiceSchema, localeSchema, partySchema, staySchema } from './party';

export const quoteRequestSchema = z.object({
  unitTypeCode: z.string().min(1).max(64),
  stay: staySchema,
  party: partySchema,
  extras: z.array(extraChoiceSchema).max(30).default([]),
});
export type QuoteRequestBody = z.input<typeof quoteRequestSchema>;

/** Hold a specific unit, or let the system pick any free unit of a type. */
export const holdRequestSchema = z
  .object({
    unitId: z.uuid().optional(),
    unitTypeCode: z.string().min(1).max(64).optional(),
    stay: staySchema,
    party: partySchema,
    /** Language of the rule explanations when the stay is refused. */
    lang: localeSchema.optional(),
  })
  .refine((hold) => (hold.unitId === undefined) !== (hold.unitTypeCode === undefined), {
    message: 'give either unitId (a specific unit) or unitTypeCode (any unit of that type), not both',
    path: ['unitId'],
  });
export type HoldRequestBody = z.input<typeof holdRequestSchema>;

export const guestDetailsSchema = z.object({
  firstName: z.string().trim().min(1).max(80),
  lastName: z.string().trim().min(1).max(80),
  email: z.email().max(254),
  phone: z
    .string()
    .trim()
    .regex(/^\+?[0-9 ()-]{6,24}$/, 'expected a phone number such as +39 0461 123456')
    .optional(),
  /** ISO 3166-1 alpha-2 country of residence (tourist statistics need it). */
  country: z.string().regex(/^[A-Z]{2}$/, 'expected a two-letter country code such as IT'),
});

/** `POST /api/bookings` with an `Idempotency-Key` header: confirms a hold. */
export const bookingRequestSchema = z.object({
  holdId: z.uuid(),
  guest: guestDetailsSchema,
  extras: z.array(extraChoiceSchema).max(30).default([]),
  locale: localeSchema.default('en'),
});
export type BookingRequestBody = z.input<typeof bookingRequestSchema>;

/** Header value: 8 to 128 visible ASCII characters (a UUID is typical). */
export const idempotencyKeySchema = z.string().regex(/^[\x21-\x7e]{8,128}$/, 'expected 8-128 visible ASCII characters');
