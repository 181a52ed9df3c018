import * as z from 'zod';
import { quoteSchema, ruleViolationSchema } from '../booking/booking-responses';
import { calendarDateSchema, extraChoiceSchema, localeSchema, partySchema, staySchema } from '../booking/party';

/** The most reservations one list page carries. */
export const MAX_RESERVATION_PAGE = 100;
/** Notes are for the desk, not for documents: a few paragraphs at most. */
export const MAX_NOTE_LENGTH = 2000;
/** A price override stays within what a campsite stay can cost (a million in major units). */
const MAX_OVERRIDE_MINOR = 100_000_000;

/** Where a reservation stands. `held` is a guest's checkout in progress; expired holds are never listed. */
export const reservationStatusSchema = z.enum(['held', 'confirmed', 'checked-in', 'checked-out', 'cancelled']);
export type ReservationStatusName = z.infer<typeof reservationStatusSchema>;

/** How the booking came in: the booking engine, or staff taking it by phone or at the desk. */
export const reservationChannelSchema = z.enum(['online', 'phone', 'walk-in']);
export type ReservationChannel = z.infer<typeof reservationChannelSchema>;

/** A query-string value where an empty field (`q=`) means "not given". */
const optionalParam = <T extends z.ZodType>(schema: T) => z.preprocess((value) => (value === '' ? undefined : value), schema.optional());

/**
 * `GET /api/staff/properties/:slug/reservations`: newest arrival last, pages by `cursor`.
 * `q` matches the start of the reference, the guest's surname, first name or e-mail, or
 * (with 4+ digits) any part of their phone number. `arrivalTo` is inclusive. Without
 * `status`, every status but lapsed holds is listed.
 */
export const reservationListQuerySchema = z
  .object({
    q: optionalParam(z.string().trim().max(100)),
    status: optionalParam(reservationStatusSchema),
    arrivalFrom: optionalParam(calendarDateSchema),
    arrivalTo: optionalParam(calendarDateSchema),
    unitTypeId: optionalParam(z.uuid()),
    cursor: optionalParam(z.string().regex(/^[A-Za-z0-9_-]{1,200}$/, 'expected the nextCursor of an earlier page')),
    limit: z.coerce.number().int().min(1).max(MAX_RESERVATION_PAGE).default(25),
  })
  .refine((query) => !query.arrivalFrom || !query.arrivalTo || query.arrivalTo >= query.arrivalFrom, {
    message: 'arrivalTo must not be before arrivalFrom',
    path: ['arrivalTo'],
  });
export type ReservationListQuery = z.input<typeof reservationListQuerySchema>;

export const reservationListItemSchema = z.object({
  id: z.uuid(),
  reference: z.string(),
  status: reservationStatusSchema,
  channel: reservationChannelSchema,
  arrival: calendarDateSchema,
  departure: calendarDateSchema,
  unitId: z.uuid(),
  unitCode: z.string(),
  unitTypeId: z.uuid(),
  unitTypeCode: z.string(),
  /** "First Last"; null for a hold (no guest details yet). */
  guestName: z.string().nullable(),
  guestEmail: z.string().nullable(),
  guestPhone: z.string().nullable(),
  /** Everyone who sleeps there: adults and children. */
  partySize: z.number().int().nonnegative(),
  totalMinor: z.number().int(),
  currency: z.string(),
});
export type ReservationListItem = z.infer<typeof reservationListItemSchema>;

export const reservationListSchema = z.object({
  items: z.array(reservationListItemSchema).readonly(),
  /** Pass as `cursor` for the next page; null on the last page. */
  nextCursor: z.string().nullable(),
});
export type ReservationList = z.infer<typeof reservationListSchema>;

const phoneSchema = z
  .string()
  .trim()
  .regex(/^\+?[0-9 ()-]{6,24}$/, 'expected a phone number such as +39 0461 123456');

/** The guest as staff take it down: e-mail and phone only if the guest gives them. */
export const deskGuestSchema = z.object({
  firstName: z.string().trim().min(1, 'enter the first name').max(80),
  lastName: z.string().trim().min(1, 'enter the surname').max(80),
  email: z.email('expected an e-mail address such as anna@example.org').max(254).optional(),
  phone: phoneSchema.optional(),
  /** ISO 3166-1 alpha-2 country of residence (tourist statistics need it). */
  country: z.string().regex(/^[A-Z]{2}$/, 'expected a two-letter country code such as IT'),
});
export type DeskGuest = z.infer<typeof deskGuestSchema>;

const reasonSchema = z
  .string({ error: 'say why (the reason is recorded with the override)' })
  .trim()
  .min(1, 'say why (the reason is recorded with the override)')
  .max(500);

/**
 * A staff price: either the `totalMinor` to charge, or an `adjustmentMinor` added to the
 * quote (negative: a reduction). Either way the quote gets one `discount` line coded
 * `staff-override`, so its lines still add up to its total and the folio follows it.
 */
export const priceOverrideSchema = z
  .object({
    totalMinor: z.number().int().min(0).max(MAX_OVERRIDE_MINOR).optional(),
    adjustmentMinor: z.number().int().min(-MAX_OVERRIDE_MINOR).max(MAX_OVERRIDE_MINOR).optional(),
    reason: reasonSchema,
  })
  .refine((override) => (override.totalMinor === undefined) !== (override.adjustmentMinor === undefined), {
    message: 'give either totalMinor or adjustmentMinor',
    path: ['totalMinor'],
  });
export type PriceOverride = z.infer<typeof priceOverrideSchema>;

/**
 * Books despite the property's stay rules (minimum stay, arrival/departure days, closed to
 * arrival/departure). Nights without prices and units that cannot take the party stay refused.
 */
export const ruleOverrideSchema = z.object({ reason: reasonSchema });
export type RuleOverride = z.infer<typeof ruleOverrideSchema>;

/**
 * `POST /api/staff/properties/:slug/reservations` with an `Idempotency-Key` header: a
 * phone or walk-in booking of one unit, priced and checked like an online booking.
 */
export const deskBookingRequestSchema = z.object({
  channel: z.enum(['phone', 'walk-in']),
  unitId: z.uuid(),
  stay: staySchema,
  party: partySchema,
  extras: z.array(extraChoiceSchema).max(30).default([]),
  guest: deskGuestSchema,
  /** The guest's language: of the confirmation e-mail. */
  locale: localeSchema.default('it'),
  priceOverride: priceOverrideSchema.optional(),
  ruleOverride: ruleOverrideSchema.optional(),
});
export type DeskBookingRequestBody = z.input<typeof deskBookingRequestSchema>;

/**
 * `POST /api/staff/properties/:slug/reservations/quote`: what a desk booking (or an edit,
 * with `reservationId`) would cost and which rules it breaks, without booking anything.
 */
export const deskQuoteRequestSchema = z.object({
  unitId: z.uuid(),
  stay: staySchema,
  party: partySchema,
  extras: z.array(extraChoiceSchema).max(30).default([]),
  priceOverride: priceOverrideSchema.optional(),
  /** The reservation being edited: its own nights do not count as taken. */
  reservationId: z.uuid().optional(),
});
export type DeskQuoteRequestBody = z.input<typeof deskQuoteRequestSchema>;

export const deskQuoteSchema = z.object({
  /** With the price override applied, when one was given. */
  quote: quoteSchema,
  quotedTotalMinor: z.number().int(),
  /** Stay rules the stay breaks: booking it needs a rule override. */
  violations: z.array(ruleViolationSchema).readonly(),
  /** Why the unit cannot take the party: no override books it. */
  unsuitable: z.array(ruleViolationSchema).readonly(),
  /** Whether every night is free on the unit right now (the booking itself decides). */
  nightsFree: z.boolean(),
});
export type DeskQuote = z.infer<typeof deskQuoteSchema>;

/**
 * `PATCH /api/staff/properties/:slug/reservations/:id` with `If-Match: <etag>`: what is
 * given changes, the rest stays. A new unit, stay, party or extras re-prices the stay
 * (an earlier price override does not carry over; send a new one to keep one).
 */
export const reservationEditSchema = z
  .object({
    unitId: z.uuid().optional(),
    stay: staySchema.optional(),
    party: partySchema.optional(),
    extras: z.array(extraChoiceSchema).max(30).optional(),
    guest: deskGuestSchema.optional(),
    locale: localeSchema.optional(),
    priceOverride: priceOverrideSchema.optional(),
    ruleOverride: ruleOverrideSchema.optional(),
  })
  .refine((edit) => Object.values(edit).some((value) => value !== undefined), {
    message: 'give at least one of unitId, stay, party, extras, guest, locale, priceOverride',
    path: ['unitId'],
  });
export type ReservationEditBody = z.input<typeof reservationEditSchema>;

/** `POST .../reservations/:id/cancel`: the policy's fee, unless `feeOverride` sets another. */
export const reservationCancelSchema = z.object({
  feeOverride: z.object({ feeMinor: z.number().int().min(0).max(MAX_OVERRIDE_MINOR), reason: reasonSchema }).optional(),
});
export type ReservationCancelBody = z.input<typeof reservationCancelSchema>;

/** `POST .../reservations/:id/notes`. */
export const reservationNoteRequestSchema = z.object({
  text: z.string({ error: 'write the note' }).trim().min(1, 'write the note').max(MAX_NOTE_LENGTH),
});
export type ReservationNoteBody = z.input<typeof reservationNoteRequestSchema>;

/** A staff member as the desk names them; `name` null when the account no longer exists (or 'system'). */
export const staffRefSchema = z.object({ id: z.string(), name: z.string().nullable() });
export type StaffRef = z.infer<typeof staffRefSchema>;

const recordedBy = { reason: z.string(), by: staffRefSchema, at: z.iso.datetime() };

/** An override as recorded on the reservation, with who made it, when and why. */
export const recordedOverrideSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('price'),
    totalMinor: z.number().int().optional(),
    adjustmentMinor: z.number().int().optional(),
    /** What the quote said before the override, and what is charged. */
    quotedTotalMinor: z.number().int(),
    chargedTotalMinor: z.number().int(),
    ...recordedBy,
  }),
  z.object({ kind: z.literal('rules'), violations: z.array(z.string()).readonly(), ...recordedBy }),
  z.object({ kind: z.literal('cancellation-fee'), feeMinor: z.number().int(), policyFeeMinor: z.number().int(), ...recordedBy }),
]);
export type RecordedOverride = z.infer<typeof recordedOverrideSchema>;

export const reservationNoteSchema = z.object({
  id: z.string(),
  text: z.string(),
  author: staffRefSchema,
  createdAt: z.iso.datetime(),
});
export type ReservationNote = z.infer<typeof reservationNoteSchema>;

/** One change in the audit trail: who, what (`action`), when, and the fields before and after. */
export const auditEntrySchema = z.object({
  id: z.string(),
  action: z.string(),
  actor: staffRefSchema,
  at: z.iso.datetime(),
  before: z.unknown(),
  after: z.unknown(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

export const reservationDetailSchema = z.object({
  id: z.uuid(),
  propertyId: z.uuid(),
  reference: z.string(),
  status: reservationStatusSchema,
  channel: reservationChannelSchema,
  /** Send it back as `If-Match` to edit: it changes with every change, whoever makes it. */
  etag: z.string(),
  version: z.number().int().positive(),
  unit: z.object({ id: z.uuid(), code: z.string() }),
  unitType: z.object({ id: z.uuid(), code: z.string() }),
  arrival: calendarDateSchema,
  departure: calendarDateSchema,
  nights: z.number().int().positive(),
  party: z.object({ adults: z.number().int(), childrenAges: z.array(z.number().int()).readonly(), pets: z.number().int(), vehicles: z.number().int() }),
  extras: z.array(extraChoiceSchema).readonly(),
  /** Null for a hold (no guest details yet). */
  guest: z
    .object({ firstName: z.string(), lastName: z.string(), email: z.string().nullable(), phone: z.string().nullable(), country: z.string() })
    .nullable(),
  locale: z.string(),
  quote: quoteSchema,
  totalMinor: z.number().int(),
  currency: z.string(),
  rateCardVersion: z.number().int(),
  /** What cancelling today would cost under the policy (for a live booking). */
  cancellationTerms: z.object({ freeUntil: calendarDateSchema, feeNowMinor: z.number().int() }).nullable(),
  cancelledAt: z.iso.datetime().nullable(),
  cancellationFeeMinor: z.number().int().nullable(),
  createdAt: z.iso.datetime(),
  createdBy: staffRefSchema.nullable(),
  overrides: z.array(recordedOverrideSchema).readonly(),
  notes: z.array(reservationNoteSchema).readonly(),
  /** Oldest first. */
  audit: z.array(auditEntrySchema).readonly(),
});
export type ReservationDetail = z.infer<typeof reservationDetailSchema>;

/** The answer to a desk booking, an edit or a cancellation. */
export const reservationChangeSchema = z.object({
  reservation: reservationDetailSchema,
  /** The total before the change (the same as now when nothing was re-priced). */
  previousTotalMinor: z.number().int(),
  repriced: z.boolean(),
});
export type ReservationChange = z.infer<typeof reservationChangeSchema>;
