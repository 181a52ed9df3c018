import { DomainError } from '../domain-error';

/**
 * Codes of {@link PricingError}: an `as const` object, not a TS `enum`, so codes are
 * plain strings at runtime and a `switch` over them is checked for exhaustiveness.
 */
export const PricingErrorCode = {
  /** The rate card prices no night of this unit type at all. */
  UNKNOWN_UNIT_TYPE: 'UNKNOWN_UNIT_TYPE',
  /** A night of the stay falls in no season, or its season has no rate for the type. */
  NO_RATE_FOR_NIGHT: 'NO_RATE_FOR_NIGHT',
  /** An extra code the rate card does not list. */
  UNKNOWN_EXTRA: 'UNKNOWN_EXTRA',
  /** The extra exists but is not offered with this unit type. */
  EXTRA_NOT_OFFERED: 'EXTRA_NOT_OFFERED',
  /** Negative, fractional or above-maximum quantity, or the same extra chosen twice. */
  EXTRA_QUANTITY_INVALID: 'EXTRA_QUANTITY_INVALID',
  /** Negative or fractional counts, zero adults, or a child's age in no age band. */
  INVALID_PARTY: 'INVALID_PARTY',
  /** The rate card itself is broken (a missing person charge, a negative price...). */
  INVALID_RATE_CARD: 'INVALID_RATE_CARD',
} as const;

/** One of the {@link PricingErrorCode} values. */
export type PricingErrorCode =
  (typeof PricingErrorCode)[keyof typeof PricingErrorCode];

/** The one error type of the pricing context: a business-rule failure with a stable code. */
export class PricingError extends DomainError<PricingErrorCode> {
  // A literal, not the class name: minified browser builds rename classes.
  override readonly name = 'PricingError';
}
