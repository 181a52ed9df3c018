import { describe, expect, it } from 'vitest';
import { money } from './money';
import { MoneyErrorCode } from './money-error';
import { percentage } from './percentage';
import { RoundingMode } from './rounding';

const eur = (amountMinor: number) => money(amountMinor, 'EUR');
const { HALF_EVEN, HALF_UP } = RoundingMode;

describe('percentage', () => {
  it.each([
    // [base, basis points, HALF_UP, HALF_EVEN]
    [10000, 2200, 2200, 2200], // 22 % VAT on EUR 100.00, exact
    [1999, 1000, 200, 200], // 199.9 -> 200
    [1990, 750, 149, 149], // 149.25 -> 149
    [50, 1000, 5, 5], // exact
    [25, 1000, 3, 2], // 2.5: the modes differ on ties
    [35, 1000, 4, 4], // 3.5: even neighbour is 4 as well
    [15, 5000, 8, 8], // 7.5 -> 8 both ways
    [-25, 1000, -3, -2], // ties away from zero vs to even, negatives mirror positives
    [-35, 1000, -4, -4],
    [-1999, 1000, -200, -200],
    [1, 4999, 0, 0], // 0.4999
    [1, 5000, 1, 0], // 0.5
    [1, 5001, 1, 1], // 0.5001
    [123456, 0, 0, 0],
    [123456, 10000, 123456, 123456],
  ])(
    '%i minor units at %i bp: half-up %i, half-even %i',
    (base, bp, halfUp, halfEven) => {
      expect(percentage(eur(base), bp, HALF_UP)).toEqual(eur(halfUp));
      expect(percentage(eur(base), bp, HALF_EVEN)).toEqual(eur(halfEven));
    },
  );

  it('computes exactly where a float product would be wrong', () => {
    // 1.1 * 3 = 3.3000000000000003 as floats; in basis points it is exact.
    expect(percentage(eur(3), 11000, HALF_UP)).toEqual(eur(3));
    // 4.35 * 100 = 434.99999999999994 as floats
    expect(percentage(eur(100), 43500, HALF_UP)).toEqual(eur(435));
  });

  it('stays exact beyond 2^53 in the intermediate product', () => {
    const big = eur(Number.MAX_SAFE_INTEGER);
    expect(percentage(big, 5000, HALF_EVEN)).toEqual(eur(4503599627370496)); // (2^53 - 1) / 2 -> even
  });

  it('rejects a fractional rate', () => {
    expect(() => percentage(eur(100), 7.5, HALF_UP)).toThrow(
      expect.objectContaining({ code: MoneyErrorCode.NOT_AN_INTEGER }),
    );
  });
});
