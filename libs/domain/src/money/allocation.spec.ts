import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocate, split } from './allocation';
import { percentage } from './percentage';
import type { Money } from './money';
import { money } from './money';
import { MoneyErrorCode } from './money-error';
import { RoundingMode } from './rounding';

const eur = (amountMinor: number) => money(amountMinor, 'EUR');
const amounts = (parts: readonly Money[]) =>
  parts.map((part) => part.amountMinor);
const total = (parts: readonly Money[]) =>
  parts.reduce((acc, part) => acc + part.amountMinor, 0);

describe('allocate', () => {
  it.each([
    [1000, [1, 1, 1], [334, 333, 333]],
    [1000, [1, 1], [500, 500]],
    [5, [1, 1, 1], [2, 2, 1]],
    [2, [1, 1, 1], [1, 1, 0]],
    [100, [70, 30], [70, 30]],
    [101, [70, 30], [71, 30]], // remainders .7 and .3: the unit goes to the larger
    [10, [1, 2, 3], [2, 3, 5]], // 1.67, 3.33, 5 -> 1, 3, 5 floors; unit to .67
    [1000, [0, 1, 0], [0, 1000, 0]],
    [1, [1, 1, 1, 1], [1, 0, 0, 0]], // ties go to the earlier part
    [-1000, [1, 1, 1], [-334, -333, -333]], // a refund mirrors the charge
    [0, [1, 2], [0, 0]],
  ])('%i over %o is %o', (amount, ratios, expected) => {
    const parts = allocate(eur(amount), ratios);
    expect(amounts(parts)).toEqual(expected);
    parts.forEach((part) => expect(part.currency).toBe('EUR'));
  });

  it.each([[[]], [[0, 0]], [[1, -1]], [[1.5, 1]], [[Number.NaN]]])(
    'rejects ratios %o with INVALID_RATIOS',
    (ratios) => {
      expect(() => allocate(eur(100), ratios)).toThrow(
        expect.objectContaining({ code: MoneyErrorCode.INVALID_RATIOS }),
      );
    },
  );

  it("does not reorder or mutate the caller's ratios", () => {
    const ratios = Object.freeze([3, 1, 2]);
    expect(amounts(allocate(eur(7), ratios))).toEqual([4, 1, 2]);
    expect(ratios).toEqual([3, 1, 2]);
  });
});

describe('split', () => {
  it.each([
    [1000, 3, [334, 333, 333]],
    [1000, 1, [1000]],
    [3, 5, [1, 1, 1, 0, 0]],
    [-10, 4, [-3, -3, -2, -2]],
  ])('%i in %i parts is %o', (amount, parts, expected) => {
    expect(amounts(split(eur(amount), parts))).toEqual(expected);
  });

  it.each([
    [0, MoneyErrorCode.INVALID_RATIOS],
    [-2, MoneyErrorCode.INVALID_RATIOS],
    [2.5, MoneyErrorCode.NOT_AN_INTEGER],
  ])('split into %d parts fails with %s', (parts, code) => {
    expect(() => split(eur(100), parts)).toThrow(
      expect.objectContaining({ code }),
    );
  });
});

describe('money properties', () => {
  const amountArb = fc.integer({
    min: -1_000_000_000_000,
    max: 1_000_000_000_000,
  });
  const ratiosArb = fc
    .array(fc.integer({ min: 0, max: 10_000 }), { minLength: 1, maxLength: 20 })
    .filter((ratios) => ratios.some((ratio) => ratio > 0));

  it('allocation preserves the total and yields only safe integers', () => {
    fc.assert(
      fc.property(amountArb, ratiosArb, (amount, ratios) => {
        const parts = allocate(eur(amount), ratios);
        expect(parts).toHaveLength(ratios.length);
        parts.forEach((part) =>
          expect(Number.isSafeInteger(part.amountMinor)).toBe(true),
        );
        expect(total(parts)).toBe(amount);
      }),
    );
  });

  it('each allocated part is within one minor unit of its exact share', () => {
    fc.assert(
      fc.property(amountArb, ratiosArb, (amount, ratios) => {
        const ratioSum = ratios.reduce((acc, ratio) => acc + ratio, 0);
        allocate(eur(amount), ratios).forEach((part, i) => {
          const exact = (amount * (ratios[i] ?? 0)) / ratioSum; // float only as a test oracle
          expect(Math.abs(part.amountMinor - exact)).toBeLessThan(1 + 1e-6);
        });
      }),
    );
  });

  it('split parts differ by at most one minor unit and sum to the total', () => {
    fc.assert(
      fc.property(
        amountArb,
        fc.integer({ min: 1, max: 50 }),
        (amount, count) => {
          const parts = amounts(split(eur(amount), count));
          expect(total(split(eur(amount), count))).toBe(amount);
          expect(Math.max(...parts) - Math.min(...parts)).toBeLessThanOrEqual(
            1,
          );
        },
      ),
    );
  });

  it('percentage never leaks a float, whatever the rate and rounding', () => {
    fc.assert(
      fc.property(
        amountArb,
        fc.integer({ min: -100_000, max: 100_000 }),
        fc.constantFrom(RoundingMode.HALF_EVEN, RoundingMode.HALF_UP),
        (amount, bp, rounding) => {
          const result = percentage(eur(amount), bp, rounding);
          expect(Number.isSafeInteger(result.amountMinor)).toBe(true);
          // within half a minor unit of the exact value
          expect(
            Math.abs(result.amountMinor * 10_000 - amount * bp),
          ).toBeLessThanOrEqual(5_000);
        },
      ),
    );
  });
});
