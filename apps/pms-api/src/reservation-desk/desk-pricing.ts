import type { Quote, RuleViolation } from '@pitchdesk/domain';

/** The code of the quote line a staff price override adds (kind `discount`; positive when it adds). */
export const OVERRIDE_LINE_CODE = 'staff-override';

/**
 * The quote with a staff price: one `discount` line coded `staff-override` carries the
 * difference, so the lines still add up to the total and the folio follows the quote.
 * `totalMinor` sets what is charged; `adjustmentMinor` adds to the quoted total. Returns
 * null when the result would be negative: the caller names the field.
 */
export function withPriceOverride(quote: Quote, override: { totalMinor?: number; adjustmentMinor?: number }): Quote | null {
  const adjustment = override.totalMinor !== undefined ? override.totalMinor - quote.totalMinor : (override.adjustmentMinor ?? 0);
  const totalMinor = quote.totalMinor + adjustment;
  if (totalMinor < 0) {
    return null;
  }
  if (adjustment === 0) {
    return quote;
  }
  const line = { kind: 'discount' as const, code: OVERRIDE_LINE_CODE, quantity: 1, unitMinor: adjustment, amountMinor: adjustment };
  return { ...quote, lines: [...quote.lines, line], totalMinor };
}

/** The quote as priced, without an earlier staff override: the base a new override applies to. */
export function withoutPriceOverride(quote: Quote): Quote {
  const override = quote.lines.filter((line) => line.code === OVERRIDE_LINE_CODE && line.kind === 'discount');
  if (override.length === 0) {
    return quote;
  }
  const lines = quote.lines.filter((line) => !override.includes(line));
  return { ...quote, lines, totalMinor: lines.reduce((sum, line) => sum + line.amountMinor, 0) };
}

/**
 * Which of a stay's rule violations staff may override (minimum and maximum stay,
 * arrival and departure days, closed dates) and which no override lifts: a night with
 * no price cannot be charged, whoever books it.
 */
export function splitViolations(violations: readonly RuleViolation[]): { overridable: RuleViolation[]; binding: RuleViolation[] } {
  const isBinding = (violation: RuleViolation): boolean => violation.code === 'NOT_BOOKABLE';
  return { overridable: violations.filter((violation) => !isBinding(violation)), binding: violations.filter(isBinding) };
}
