import { ContextError } from '../common/context-error';

export const FrontDeskErrorCode = {
  RESERVATION_NOT_FOUND: 'RESERVATION_NOT_FOUND',
  /** The stay is not in a state this step takes (details.status, details.allowed). */
  WRONG_STATUS: 'WRONG_STATUS',
  /** Check-in before the arrival day, property-local (details.arrival, details.today). */
  TOO_EARLY: 'TOO_EARLY',
  /** Check-in after the departure day: the stay is over. */
  STAY_OVER: 'STAY_OVER',
  /** Check-in with guests or fields missing (details.gaps: per guest, the fields to fill). */
  REGISTRATION_INCOMPLETE: 'REGISTRATION_INCOMPLETE',
  /** Check-out with money owed either way and no override (details.balanceMinor, currency). */
  BALANCE_OPEN: 'BALANCE_OPEN',
  /** The extra is not on the rate card in force, not offered with this unit, or the quantity is out of range. */
  EXTRA_NOT_AVAILABLE: 'EXTRA_NOT_AVAILABLE',
  NO_RATE_CARD: 'NO_RATE_CARD',
  IDEMPOTENCY_KEY_MISSING: 'IDEMPOTENCY_KEY_MISSING',
  /** The same Idempotency-Key with another request: refused rather than guessed at. */
  IDEMPOTENCY_KEY_REUSED: 'IDEMPOTENCY_KEY_REUSED',
} as const;
export type FrontDeskErrorCode = (typeof FrontDeskErrorCode)[keyof typeof FrontDeskErrorCode];

/** The one error type of the front desk (day lists, registration, folio, check-in and -out, receipts). */
export class FrontDeskError extends ContextError<FrontDeskErrorCode> {}
