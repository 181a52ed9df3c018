import type { Money } from './money';
import { assertSafeInteger, checkedMoney } from './money';
import { MoneyError, MoneyErrorCode } from './money-error';

function invalidRatios(reason: string): MoneyError {
  return new MoneyError(MoneyErrorCode.INVALID_RATIOS, reason);
}

/**
 * Splits `total` in proportion to integer `ratios` without losing or inventing a minor
 * unit: the parts always add up to `total` (largest-remainder method). Each part gets
 * the floor of its exact share; the units left over go one each to the parts with the
 * largest remainders, ties to the earlier part, so the result is deterministic. A zero
 * ratio gets zero. A negative total is split like its absolute value, then negated.
 * @example allocate(money(1000, 'EUR'), [1, 1, 1]) // 334, 333, 333
 * @throws {MoneyError} `INVALID_RATIOS` for no ratios, a negative or fractional ratio,
 *   or ratios that are all zero.
 */
export function allocate(total: Money, ratios: readonly number[]): Money[] {
  if (ratios.length === 0) {
    throw invalidRatios('at least one ratio is needed');
  }
  if (ratios.some((ratio) => !Number.isSafeInteger(ratio) || ratio < 0)) {
    throw invalidRatios(
      `ratios must be non-negative integers, got [${ratios.join(', ')}]`,
    );
  }
  const ratioSum = ratios.reduce((acc, ratio) => acc + BigInt(ratio), 0n);
  if (ratioSum === 0n) {
    throw invalidRatios('ratios must not all be zero');
  }

  const sign = total.amountMinor < 0 ? -1n : 1n;
  const absolute = BigInt(total.amountMinor) * sign;
  const shares = ratios.map((ratio, index) => {
    const exact = absolute * BigInt(ratio);
    return { index, floor: exact / ratioSum, remainder: exact % ratioSum };
  });

  let leftover =
    absolute - shares.reduce((acc, share) => acc + share.floor, 0n);
  // Sorts a copy: `shares` keeps the caller's order for the result.
  const byRemainder = [...shares].sort((a, b) =>
    a.remainder === b.remainder
      ? a.index - b.index
      : a.remainder > b.remainder
        ? -1
        : 1,
  );
  const bonus = new Set<number>();
  for (const share of byRemainder) {
    if (leftover === 0n) {
      break;
    }
    bonus.add(share.index);
    leftover -= 1n;
  }

  return shares.map((share) =>
    checkedMoney(
      (share.floor + (bonus.has(share.index) ? 1n : 0n)) * sign,
      total.currency,
    ),
  );
}

/**
 * Splits `total` into `parts` near-equal amounts that add up to it exactly; earlier
 * parts get the extra minor units (`split(EUR 10.00, 3)` is 3.34, 3.33, 3.33).
 * @throws {MoneyError} `NOT_AN_INTEGER` for a fractional count; `INVALID_RATIOS` below 1.
 */
export function split(total: Money, parts: number): Money[] {
  assertSafeInteger(parts, 'parts');
  if (parts < 1) {
    throw invalidRatios(`cannot split into ${parts} parts`);
  }
  return allocate(total, new Array<number>(parts).fill(1));
}
