/**
 * How to round an exact result that falls between two minor units. Always explicit:
 * the right choice depends on the document (a tax line, a discount), not on the code.
 */
export const RoundingMode = {
  /**
   * Ties to the even neighbour (banker's rounding): unbiased when many rounded values
   * are summed, e.g. per-night percentages added into a stay total.
   */
  HALF_EVEN: 'HALF_EVEN',
  /**
   * Ties away from zero (commercial rounding, `2.5 -> 3`, `-2.5 -> -3`): what a guest
   * gets on a calculator, and the usual rule for a single tax or discount line.
   */
  HALF_UP: 'HALF_UP',
} as const;

/** One of the {@link RoundingMode} values. */
export type RoundingMode = (typeof RoundingMode)[keyof typeof RoundingMode];

/** `numerator / denominator` rounded to an integer; `denominator` must be positive. */
export function divideRounded(
  numerator: bigint,
  denominator: bigint,
  mode: RoundingMode,
): bigint {
  const quotient = numerator / denominator; // BigInt division truncates toward zero
  const remainder = numerator % denominator; // same sign as numerator
  const twiceRemainder = (remainder < 0n ? -remainder : remainder) * 2n;
  const awayFromZero = quotient + (numerator < 0n ? -1n : 1n);
  if (twiceRemainder > denominator) {
    return awayFromZero;
  }
  if (twiceRemainder < denominator) {
    return quotient;
  }
  switch (mode) {
    case RoundingMode.HALF_UP:
      return awayFromZero;
    case RoundingMode.HALF_EVEN:
      return quotient % 2n === 0n ? quotient : awayFromZero;
  }
}
