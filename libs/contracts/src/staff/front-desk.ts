import * as z from 'zod';
import { calendarDateSchema } from '../booking/party';

export * from './front-desk-codes';
export * from './front-desk-registration';

/** `GET /api/staff/properties/:slug/front-desk?date=YYYY-MM-DD`; without a date, the property's today. */
export const frontDeskQuerySchema = z.object({ date: calendarDateSchema.optional() });
export type FrontDeskQuery = z.infer<typeof frontDeskQuerySchema>;

/** Where a stay is in its life at the desk. */
export const stayStatusSchema = z.enum(['confirmed', 'checked-in', 'checked-out']);
export type StayStatus = z.infer<typeof stayStatusSchema>;

/** One stay on a day list. Money in minor units of `currency`. */
export const dayListEntrySchema = z.object({
  reservationId: z.uuid(),
  reference: z.string(),
  status: stayStatusSchema,
  /** The booker's name; null only for stays booked without one (imports). */
  guestName: z.string().nullable(),
  unitId: z.uuid(),
  unitCode: z.string(),
  arrival: calendarDateSchema,
  departure: calendarDateSchema,
  party: z.object({
    adults: z.number().int(),
    children: z.number().int(),
    pets: z.number().int(),
    vehicles: z.number().int(),
  }),
  /** Folio total minus payments: what the guest still owes (negative: owed to the guest). */
  balanceMinor: z.number().int(),
  currency: z.string(),
  /** Guests registered of those the stay needs, and whether check-in may go ahead. */
  registration: z.object({ registered: z.number().int(), expected: z.number().int(), complete: z.boolean() }),
});
export type DayListEntry = z.infer<typeof dayListEntrySchema>;

/**
 * The desk's day: who arrives (confirmed, and those already checked in today), who leaves
 * (confirmed, checked in, and those already checked out), who sleeps here tonight
 * (checked in, staying over that night). Read from the primary.
 */
export const frontDeskDaySchema = z.object({
  propertyId: z.uuid(),
  date: calendarDateSchema,
  /** The property's today, so a console on another day can say so. */
  today: calendarDateSchema,
  arrivals: z.array(dayListEntrySchema).readonly(),
  departures: z.array(dayListEntrySchema).readonly(),
  inHouse: z.array(dayListEntrySchema).readonly(),
});
export type FrontDeskDay = z.infer<typeof frontDeskDaySchema>;

/** How the folio groups its lines, in this order. */
export const FOLIO_GROUPS = ['nights', 'persons', 'pets', 'vehicles', 'extras', 'tourist-tax', 'discounts', 'adjustments', 'fees'] as const;
export const folioGroupSchema = z.enum(FOLIO_GROUPS);
export type FolioGroup = z.infer<typeof folioGroupSchema>;

export const folioLineSchema = z.object({
  id: z.string(),
  group: folioGroupSchema,
  /** Stored kind: the quote's (accommodation, person, ...), or desk-extra / desk-adjustment / cancellation-fee. */
  kind: z.string(),
  /** Season, age band, extra or discount code. */
  code: z.string(),
  /** A desk adjustment's reason; null for other lines. */
  description: z.string().nullable(),
  quantity: z.number().int(),
  unitMinor: z.number().int(),
  amountMinor: z.number().int(),
  /** 'quote': written when booked (re-priced with the stay); 'desk': added at the desk, never re-priced. */
  source: z.enum(['quote', 'desk']),
  createdBy: z.string().nullable(),
});
export type FolioLine = z.infer<typeof folioLineSchema>;

export const PAYMENT_METHODS = ['cash', 'card', 'bank-transfer', 'online-deposit'] as const;
export const paymentMethodSchema = z.enum(PAYMENT_METHODS);
export type PaymentMethod = z.infer<typeof paymentMethodSchema>;

export const folioPaymentSchema = z.object({
  id: z.uuid(),
  method: paymentMethodSchema,
  /** Negative for a refund. */
  amountMinor: z.number().int(),
  currency: z.string(),
  reference: z.string().nullable(),
  /** Why a refund was made; null for payments. */
  reason: z.string().nullable(),
  recordedBy: z.string(),
  recordedAt: z.iso.datetime(),
});
export type FolioPayment = z.infer<typeof folioPaymentSchema>;

/** `GET .../reservations/:id/folio`: what the guest owes, what they paid, the balance. */
export const folioSchema = z.object({
  reservationId: z.uuid(),
  reference: z.string(),
  status: z.string(),
  guestName: z.string().nullable(),
  unitCode: z.string(),
  /** The extras the desk offers are those of this unit type. */
  unitTypeCode: z.string(),
  arrival: calendarDateSchema,
  departure: calendarDateSchema,
  currency: z.string(),
  groups: z.array(z.object({ group: folioGroupSchema, lines: z.array(folioLineSchema).readonly(), totalMinor: z.number().int() })).readonly(),
  payments: z.array(folioPaymentSchema).readonly(),
  totalMinor: z.number().int(),
  paidMinor: z.number().int(),
  /** total - paid: zero when settled. */
  balanceMinor: z.number().int(),
});
export type Folio = z.infer<typeof folioSchema>;

/** The most minor units one desk line or payment may carry (a million in a two-decimal currency). */
export const MAX_DESK_AMOUNT_MINOR = 100_000_000;

/** `POST .../folio/charges`: an extra of the rate card in force, priced by it (header Idempotency-Key). */
export const deskChargeRequestSchema = z.object({
  code: z.string().trim().min(1, 'choose an extra').max(64),
  quantity: z.number().int('a whole number').min(1, 'at least 1').max(99, 'at most 99'),
});
export type DeskChargeRequestBody = z.input<typeof deskChargeRequestSchema>;

/** `POST .../folio/adjustments` (admin): a charge or, negative, an allowance with its reason. */
export const deskAdjustmentRequestSchema = z.object({
  description: z.string().trim().min(3, 'say what it is for').max(200),
  amountMinor: z
    .number()
    .int('whole minor units')
    .refine((amount) => amount !== 0, 'an adjustment of zero changes nothing')
    .refine((amount) => Math.abs(amount) <= MAX_DESK_AMOUNT_MINOR, `at most ${MAX_DESK_AMOUNT_MINOR} minor units`),
});
export type DeskAdjustmentRequestBody = z.input<typeof deskAdjustmentRequestSchema>;

/** `POST .../folio/payments` (header Idempotency-Key): money taken, or refunded (negative, with a reason). */
export const paymentRequestSchema = z
  .object({
    method: paymentMethodSchema,
    amountMinor: z
      .number()
      .int('whole minor units')
      .refine((amount) => amount !== 0, 'a payment of zero records nothing')
      .refine((amount) => Math.abs(amount) <= MAX_DESK_AMOUNT_MINOR, `at most ${MAX_DESK_AMOUNT_MINOR} minor units`),
    reference: z
      .string()
      .trim()
      .max(100)
      .nullable()
      .optional()
      .transform((value) => (value ? value : null)),
    reason: z
      .string()
      .trim()
      .max(500)
      .nullable()
      .optional()
      .transform((value) => (value ? value : null)),
  })
  .refine((payment) => payment.amountMinor > 0 || payment.reason !== null, { message: 'say why the money is refunded', path: ['reason'] });
export type PaymentRequestBody = z.input<typeof paymentRequestSchema>;

/** Idempotency-Key of folio writes: a double click or a retry records one charge or payment. */
export const folioIdempotencyKeySchema = z.string().min(8, 'at least 8 characters').max(128);

/** Answer of charges and adjustments: the new line and the folio after it. */
export const deskChargeResultSchema = z.object({ line: folioLineSchema, folio: folioSchema });
export type DeskChargeResult = z.infer<typeof deskChargeResultSchema>;

export const paymentResultSchema = z.object({ payment: folioPaymentSchema, folio: folioSchema });
export type PaymentResult = z.infer<typeof paymentResultSchema>;

/** `POST .../check-in` answers with the stay as it now is. */
export const checkInResultSchema = z.object({
  reservationId: z.uuid(),
  reference: z.string(),
  status: z.literal('checked-in'),
  checkedInAt: z.iso.datetime(),
});
export type CheckInResult = z.infer<typeof checkInResultSchema>;

/**
 * `POST .../check-out`. With an open balance it is refused unless `override.reason` says
 * why the guest leaves without settling (recorded in the audit trail).
 */
export const checkOutRequestSchema = z.object({
  override: z.object({ reason: z.string().trim().min(3, 'say why the balance stays open').max(500) }).optional(),
});
export type CheckOutRequestBody = z.input<typeof checkOutRequestSchema>;

export const checkOutResultSchema = z.object({
  reservationId: z.uuid(),
  reference: z.string(),
  status: z.literal('checked-out'),
  checkedOutAt: z.iso.datetime(),
  /** The balance left open (0 unless overridden). */
  balanceMinor: z.number().int(),
  currency: z.string(),
  /** An early departure frees the nights from today on: those nights, else null. */
  releasedNights: z.object({ from: calendarDateSchema, to: calendarDateSchema }).nullable(),
});
export type CheckOutResult = z.infer<typeof checkOutResultSchema>;

/** `GET .../receipt.pdf?lang=it|en`; without it, the reservation's language (it, else en). */
export const receiptQuerySchema = z.object({ lang: z.enum(['it', 'en']).optional() });
