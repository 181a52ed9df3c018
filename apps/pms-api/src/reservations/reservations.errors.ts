import { ContextError } from '../common/context-error';

export const ReservationsErrorCode = {
  /** The stay or party breaks a rule; details.violations explain which. */
  STAY_NOT_ALLOWED: 'STAY_NOT_ALLOWED',
  PRICING_FAILED: 'PRICING_FAILED',
  UNIT_TAKEN: 'UNIT_TAKEN',
  NO_UNIT_AVAILABLE: 'NO_UNIT_AVAILABLE',
  HOLD_NOT_FOUND: 'HOLD_NOT_FOUND',
  /** The unit or unit type asked for does not exist at this property. */
  UNIT_NOT_FOUND: 'UNIT_NOT_FOUND',
  HOLD_EXPIRED: 'HOLD_EXPIRED',
  ALREADY_BOOKED: 'ALREADY_BOOKED',
  IDEMPOTENCY_KEY_REUSED: 'IDEMPOTENCY_KEY_REUSED',
  IDEMPOTENCY_KEY_MISSING: 'IDEMPOTENCY_KEY_MISSING',
  BOOKING_NOT_FOUND: 'BOOKING_NOT_FOUND',
  ALREADY_CANCELLED: 'ALREADY_CANCELLED',
  /** The guest has arrived (checked in or out): the front desk settles it, not an online cancellation. */
  STAY_STARTED: 'STAY_STARTED',
  BUSY: 'BUSY',
} as const;
export type ReservationsErrorCode = (typeof ReservationsErrorCode)[keyof typeof ReservationsErrorCode];

/** The one error type of the reservations context (search, holds, bookings). */
export class ReservationsError extends ContextError<ReservationsErrorCode> {}
