import * as z from 'zod';
import { quoteSchema } from '../booking/booking-responses';
import { calendarDateSchema } from '../booking/party';

/** The most days one planning-board request covers (three months). */
export const MAX_PLANNING_DAYS = 92;

/** The longest closure one request may place: a whole year of maintenance at most. */
export const MAX_CLOSURE_NIGHTS = 366;

const DAY_MS = 86_400_000;
const nightsBetween = (from: string, to: string): number => (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS;

/** A unit's, closure's or reservation's id in a staff route's path. */
export const planningIdSchema = z.uuid();

/** `GET /api/staff/properties/:slug/planning?from=YYYY-MM-DD&days=60`: the days [from, from + days). */
export const planningQuerySchema = z.object({
  from: calendarDateSchema,
  days: z.coerce.number().int().min(1).max(MAX_PLANNING_DAYS).default(60),
});
export type PlanningQuery = z.infer<typeof planningQuerySchema>;

/** One row of the board: a unit, in the order the board lists them. */
export const planningUnitSchema = z.object({
  id: z.uuid(),
  code: z.string(),
  unitTypeId: z.uuid(),
  unitTypeCode: z.string(),
  /**
   * 0-based row position: by unit type (catalogue order), then as the units lie on the
   * site map (top to bottom, left to right), so neighbouring rows are neighbouring plots.
   * `units` is sorted by it.
   */
  mapOrder: z.number().int().nonnegative(),
});
export type PlanningUnit = z.infer<typeof planningUnitSchema>;

/**
 * `arrival`/`departure`: the whole stay or closure, as booked. `from`/`to`: the nights
 * of it on the board, `[arrival, departure)` clipped to the board's days.
 */
const barPlacement = {
  unitId: z.uuid(),
  arrival: calendarDateSchema,
  departure: calendarDateSchema,
  from: calendarDateSchema,
  to: calendarDateSchema,
};

/**
 * A live hold or a booking: held, confirmed, checked in at the front desk, or checked out
 * (its nights up to the departure; an early departure gave the later ones back).
 */
export const reservationBarSchema = z.object({
  kind: z.literal('reservation'),
  reservationId: z.uuid(),
  reference: z.string(),
  status: z.enum(['held', 'confirmed', 'checked-in', 'checked-out']),
  /** Null for a hold: the guest has not given their details yet. */
  guestName: z.string().nullable(),
  /** Everyone who sleeps there: adults and children (infants included). */
  partySize: z.number().int().positive(),
  ...barPlacement,
});
export type ReservationBar = z.infer<typeof reservationBarSchema>;

/** A unit out of order for maintenance: its nights are taken like a booking's. */
export const closureBarSchema = z.object({
  kind: z.literal('closure'),
  closureId: z.uuid(),
  reason: z.string(),
  ...barPlacement,
});
export type ClosureBar = z.infer<typeof closureBarSchema>;

export const planningBarSchema = z.discriminatedUnion('kind', [reservationBarSchema, closureBarSchema]);
export type PlanningBar = z.infer<typeof planningBarSchema>;

/**
 * The planning board: every unit of the property, and every hold, booking and closure
 * taking any night of `[from, to)`, read from the primary (what is taken right now).
 */
export const planningBoardSchema = z.object({
  propertyId: z.uuid(),
  from: calendarDateSchema,
  /** The day after the board's last night. */
  to: calendarDateSchema,
  days: z.number().int().min(1).max(MAX_PLANNING_DAYS),
  units: z.array(planningUnitSchema).readonly(),
  bars: z.array(planningBarSchema).readonly(),
});
export type PlanningBoard = z.infer<typeof planningBoardSchema>;

/** `POST /api/staff/properties/:slug/units/:unitId/closures`: takes the nights [from, to) out of sale. */
export const closureRequestSchema = z
  .object({
    from: calendarDateSchema,
    to: calendarDateSchema,
    reason: z.string().trim().min(1, 'say why the unit is closed').max(500),
  })
  .refine((closure) => closure.to > closure.from, { message: 'to must be after from', path: ['to'] })
  .refine((closure) => nightsBetween(closure.from, closure.to) <= MAX_CLOSURE_NIGHTS, {
    message: `at most ${MAX_CLOSURE_NIGHTS} nights per closure`,
    path: ['to'],
  });
export type ClosureRequestBody = z.input<typeof closureRequestSchema>;

export const closureSchema = z.object({
  id: z.uuid(),
  propertyId: z.uuid(),
  unitId: z.uuid(),
  from: calendarDateSchema,
  to: calendarDateSchema,
  reason: z.string(),
  createdBy: z.string(),
  createdAt: z.iso.datetime(),
});
export type Closure = z.infer<typeof closureSchema>;

/**
 * `POST /api/staff/properties/:slug/reservations/:id/move`: another unit and/or other
 * dates. What is left out stays as it is. `reprice: false` keeps the price as booked
 * (a courtesy move); `true` prices the new stay (see the API's move documentation).
 */
export const moveRequestSchema = z
  .object({
    unitId: z.uuid().optional(),
    arrival: calendarDateSchema.optional(),
    departure: calendarDateSchema.optional(),
    reprice: z.boolean(),
  })
  .refine((move) => move.unitId !== undefined || move.arrival !== undefined || move.departure !== undefined, {
    message: 'give a unitId, an arrival or a departure to move to',
    path: ['unitId'],
  })
  .refine((move) => move.arrival === undefined || move.departure === undefined || move.departure > move.arrival, {
    message: 'departure must be after arrival',
    path: ['departure'],
  });
export type MoveRequestBody = z.input<typeof moveRequestSchema>;

const placementSchema = z.object({
  unitId: z.uuid(),
  unitCode: z.string(),
  arrival: calendarDateSchema,
  departure: calendarDateSchema,
  rateCardVersion: z.number().int(),
  totalMinor: z.number().int(),
});

export const moveResultSchema = z.object({
  reservationId: z.uuid(),
  reference: z.string(),
  /** False when the request asked for where the booking already was: nothing changed. */
  moved: z.boolean(),
  repriced: z.boolean(),
  before: placementSchema,
  after: placementSchema,
  currency: z.string(),
  /** The quote the folio now follows. */
  quote: quoteSchema,
});
export type MoveResult = z.infer<typeof moveResultSchema>;

/**
 * `details.conflicts` of a 409 UNIT_TAKEN from a closure or a move: which nights were
 * taken, and by what (a booking's or hold's reference, or a closure).
 */
export const unitNightConflictSchema = z.object({
  night: calendarDateSchema,
  kind: z.enum(['reservation', 'closure']),
  reference: z.string().nullable(),
  closureId: z.uuid().nullable(),
});
export type UnitNightConflict = z.infer<typeof unitNightConflictSchema>;
