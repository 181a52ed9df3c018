import { multiplyMoney } from '../money/arithmetic';
import { money } from '../money/money';
import { PricingError, PricingErrorCode } from './pricing-error';
import type { QuoteLine, QuoteLineKind } from './quote';

/** A price from the rate card: a non-negative safe integer, or the card is broken. */
export function checkedPrice(value: number, what: string): number {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new PricingError(
      PricingErrorCode.INVALID_RATE_CARD,
      `${what} must be a non-negative integer of minor units, got ${value}`,
    );
  }
  return value;
}

/**
 * A `quantity * unitMinor` line. The product goes through the money arithmetic so it
 * fails loudly past 2^53 instead of rounding silently.
 */
export function priceLine(
  currency: string,
  kind: QuoteLineKind,
  code: string,
  quantity: number,
  unitMinor: number,
  seasonCode?: string,
): QuoteLine {
  const amountMinor = multiplyMoney(
    money(unitMinor, currency),
    quantity,
  ).amountMinor;
  const line = { kind, code, quantity, unitMinor, amountMinor };
  return seasonCode === undefined ? line : { ...line, seasonCode };
}
