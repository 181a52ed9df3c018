import { DomainError } from '../domain-error';

/**
 * Codes of {@link MoneyError}: an `as const` object, not a TS `enum`, so codes are
 * plain strings at runtime and a `switch` over them is checked for exhaustiveness.
 */
export const MoneyErrorCode = {
  /** Amounts in different currencies were combined. */
  CURRENCY_MISMATCH: 'CURRENCY_MISMATCH',
  /** An amount or a quantity is not a safe integer (a float, NaN, Infinity, > 2^53). */
  NOT_AN_INTEGER: 'NOT_AN_INTEGER',
  /** A result would no longer be a safe integer number of minor units. */
  AMOUNT_OUT_OF_RANGE: 'AMOUNT_OUT_OF_RANGE',
  /** The currency is not an ISO 4217 alphabetic code (three upper-case letters). */
  INVALID_CURRENCY: 'INVALID_CURRENCY',
  /** Allocation ratios are empty, negative, not integers, or all zero. */
  INVALID_RATIOS: 'INVALID_RATIOS',
} as const;

/** One of the {@link MoneyErrorCode} values. */
export type MoneyErrorCode =
  (typeof MoneyErrorCode)[keyof typeof MoneyErrorCode];

/** The one error type of the money context: a business-rule failure with a stable code. */
export class MoneyError extends DomainError<MoneyErrorCode> {
  // A literal, not the class name: minified browser builds rename classes.
  override readonly name = 'MoneyError';
}
