/**
 * What every context's one error type shares: a business-rule failure with a stable,
 * machine-readable code. Each context subclasses it once (StayError, MoneyError,
 * PricingError), so callers can tell contexts apart and switch over their codes.
 */
export abstract class DomainError<Code extends string> extends Error {
  /** Stable machine-readable reason; map it to HTTP status / UI text, never parse `message`. */
  readonly code: Code;

  constructor(code: Code, message: string) {
    super(message);
    this.code = code;
  }
}
