import type { Money } from './money';
import { assertSafeInteger, checkedMoney } from './money';
import type { RoundingMode } from './rounding';
import { divideRounded } from './rounding';

const BASIS_POINTS_PER_WHOLE = 10_000n;

/**
 * `basisPoints / 10000` of `base`, rounded to a whole minor unit with `rounding`.
 * Rates are integer basis points (1 bp = 0.01 %: `2200` is 22 %, `750` is 7.5 %) so a
 * rate is never a float either; the product is computed exactly before rounding.
 * @throws {MoneyError} `NOT_AN_INTEGER` for a fractional rate; `AMOUNT_OUT_OF_RANGE`.
 */
export function percentage(
  base: Money,
  basisPoints: number,
  rounding: RoundingMode,
): Money {
  assertSafeInteger(basisPoints, 'basisPoints');
  const exact = BigInt(base.amountMinor) * BigInt(basisPoints);
  return checkedMoney(
    divideRounded(exact, BASIS_POINTS_PER_WHOLE, rounding),
    base.currency,
  );
}
