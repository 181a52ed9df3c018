import { DomainError } from '../domain-error';

/**
 * Codes of {@link StayError}. A plain `as const` object rather than a TS `enum`, so
 * the codes are ordinary strings at runtime and a `switch` over {@link StayErrorCode}
 * can be checked for exhaustiveness.
 */
export const StayErrorCode = {
  /** A calendar date is not a real `YYYY-MM-DD` date (e.g. `2026-02-30`, `2026-3-1`). */
  INVALID_DATE: 'INVALID_DATE',
  /** A stay must last at least one night: departure has to be after arrival. */
  DEPARTURE_NOT_AFTER_ARRIVAL: 'DEPARTURE_NOT_AFTER_ARRIVAL',
} as const;

/** One of the {@link StayErrorCode} values. */
export type StayErrorCode = (typeof StayErrorCode)[keyof typeof StayErrorCode];

/** The one error type of the stays context: a business-rule failure with a stable code. */
export class StayError extends DomainError<StayErrorCode> {
  // A literal, not the class name: minified browser builds rename classes.
  override readonly name = 'StayError';
}
