import { ContextError } from '../common/context-error';

export const ReservationDeskErrorCode = {
  RESERVATION_NOT_FOUND: 'RESERVATION_NOT_FOUND',
  UNIT_NOT_FOUND: 'UNIT_NOT_FOUND',
  /** Some nights are held, booked or closed on the unit; details.conflicts say which and by what. */
  UNIT_TAKEN: 'UNIT_TAKEN',
  /** The stay breaks stay rules (details.violations): staff may book it with a rule override and a reason. */
  STAY_NOT_ALLOWED: 'STAY_NOT_ALLOWED',
  /** The unit cannot take the party (guests, pets, vehicles); no override books it. */
  UNIT_UNSUITABLE: 'UNIT_UNSUITABLE',
  PRICING_FAILED: 'PRICING_FAILED',
  /** Only live stays (confirmed, checked in) change; details.status says what it is. */
  NOT_EDITABLE: 'NOT_EDITABLE',
  /** Only confirmed bookings are cancelled from the desk (an arrived guest checks out). */
  NOT_CANCELLABLE: 'NOT_CANCELLABLE',
  IDEMPOTENCY_KEY_MISSING: 'IDEMPOTENCY_KEY_MISSING',
  IDEMPOTENCY_KEY_REUSED: 'IDEMPOTENCY_KEY_REUSED',
  /** An edit without If-Match: it could overwrite a change its sender never saw. */
  PRECONDITION_REQUIRED: 'PRECONDITION_REQUIRED',
  /** The reservation changed since the sender read it (details.etag is the current one). */
  VERSION_CONFLICT: 'VERSION_CONFLICT',
} as const;
export type ReservationDeskErrorCode = (typeof ReservationDeskErrorCode)[keyof typeof ReservationDeskErrorCode];

/** The one error type of the reservation desk (list, detail, desk bookings, edits, cancellations, notes). */
export class ReservationDeskError extends ContextError<ReservationDeskErrorCode> {}
