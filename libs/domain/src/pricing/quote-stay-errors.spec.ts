import { describe, expect, it } from 'vitest';
import type { Party } from '../inventory/inventory';
import { d, lagoCard, r } from '../testing/lago-fixture';
import { PricingErrorCode } from './pricing-error';
import type { ExtraChoice } from './quote';
import { quoteStay } from './quote-stay';
import type { RateCard } from './rate-card';

const party = (
  adults: number,
  childrenAges: number[] = [],
  pets = 0,
  vehicles = 0,
): Party => ({
  adults,
  childrenAges,
  pets,
  vehicles,
});
const quote = (
  unitTypeCode: string,
  stay: [string, string],
  who: Party,
  bookedOn: string,
  extras: ExtraChoice[] = [],
  card: RateCard = lagoCard,
) =>
  quoteStay(card, {
    unitTypeCode,
    stay: r(...stay),
    party: who,
    extras,
    bookedOn: d(bookedOn),
  });

describe('quoteStay errors', () => {
  it.each([
    [
      'unknown unit type',
      () =>
        quote('bungalow', ['2026-05-10', '2026-05-12'], party(2), '2026-05-01'),
      PricingErrorCode.UNKNOWN_UNIT_TYPE,
    ],
    [
      'a night past the last season',
      () =>
        quote(
          'pitch-comfort',
          ['2026-12-30', '2027-01-02'],
          party(2),
          '2026-05-01',
        ),
      PricingErrorCode.NO_RATE_FOR_NIGHT,
    ],
    [
      'unknown extra',
      () =>
        quote(
          'pitch-comfort',
          ['2026-05-10', '2026-05-12'],
          party(2),
          '2026-05-01',
          [{ code: 'spa', quantity: 1 }],
        ),
      PricingErrorCode.UNKNOWN_EXTRA,
    ],
    [
      'extra not offered on pitches',
      () =>
        quote(
          'pitch-comfort',
          ['2026-05-10', '2026-05-12'],
          party(2),
          '2026-05-01',
          [{ code: 'final-cleaning', quantity: 1 }],
        ),
      PricingErrorCode.EXTRA_NOT_OFFERED,
    ],
    [
      'too many of an extra',
      () =>
        quote(
          'pitch-comfort',
          ['2026-05-10', '2026-05-12'],
          party(2),
          '2026-05-01',
          [{ code: 'bbq', quantity: 3 }],
        ),
      PricingErrorCode.EXTRA_QUANTITY_INVALID,
    ],
    [
      'per-person extra for more guests than the party',
      () =>
        quote(
          'pitch-comfort',
          ['2026-05-10', '2026-05-12'],
          party(2),
          '2026-05-01',
          [{ code: 'breakfast', quantity: 3 }],
        ),
      PricingErrorCode.EXTRA_QUANTITY_INVALID,
    ],
    [
      'fractional extra',
      () =>
        quote(
          'pitch-comfort',
          ['2026-05-10', '2026-05-12'],
          party(2),
          '2026-05-01',
          [{ code: 'bbq', quantity: 1.5 }],
        ),
      PricingErrorCode.EXTRA_QUANTITY_INVALID,
    ],
    [
      'negative extra',
      () =>
        quote(
          'pitch-comfort',
          ['2026-05-10', '2026-05-12'],
          party(2),
          '2026-05-01',
          [{ code: 'bbq', quantity: -1 }],
        ),
      PricingErrorCode.EXTRA_QUANTITY_INVALID,
    ],
    [
      'the same extra twice',
      () =>
        quote(
          'pitch-comfort',
          ['2026-05-10', '2026-05-12'],
          party(2),
          '2026-05-01',
          [
            { code: 'bbq', quantity: 1 },
            { code: 'bbq', quantity: 1 },
          ],
        ),
      PricingErrorCode.EXTRA_QUANTITY_INVALID,
    ],
    [
      'zero adults',
      () =>
        quote(
          'pitch-comfort',
          ['2026-05-10', '2026-05-12'],
          party(0, [8]),
          '2026-05-01',
        ),
      PricingErrorCode.INVALID_PARTY,
    ],
    [
      'fractional adults',
      () =>
        quote(
          'pitch-comfort',
          ['2026-05-10', '2026-05-12'],
          party(1.5),
          '2026-05-01',
        ),
      PricingErrorCode.INVALID_PARTY,
    ],
    [
      'negative pets',
      () =>
        quote(
          'pitch-comfort',
          ['2026-05-10', '2026-05-12'],
          party(2, [], -1),
          '2026-05-01',
        ),
      PricingErrorCode.INVALID_PARTY,
    ],
    [
      'negative vehicles',
      () =>
        quote(
          'pitch-comfort',
          ['2026-05-10', '2026-05-12'],
          party(2, [], 0, -1),
          '2026-05-01',
        ),
      PricingErrorCode.INVALID_PARTY,
    ],
    [
      'a child age in no band',
      () =>
        quote(
          'pitch-comfort',
          ['2026-05-10', '2026-05-12'],
          party(2, [121]),
          '2026-05-01',
        ),
      PricingErrorCode.INVALID_PARTY,
    ],
    [
      'a negative child age',
      () =>
        quote(
          'pitch-comfort',
          ['2026-05-10', '2026-05-12'],
          party(2, [-1]),
          '2026-05-01',
        ),
      PricingErrorCode.INVALID_PARTY,
    ],
    [
      'a negative price on the card',
      () =>
        quote(
          'pitch-comfort',
          ['2026-05-10', '2026-05-12'],
          party(2),
          '2026-05-01',
          [],
          {
            ...lagoCard,
            touristTax: { ...lagoCard.touristTax, perPersonNightMinor: -150 },
          },
        ),
      PricingErrorCode.INVALID_RATE_CARD,
    ],
    [
      'a missing person charge',
      () =>
        quote(
          'pitch-comfort',
          ['2026-05-10', '2026-05-12'],
          party(2),
          '2026-05-01',
          [],
          { ...lagoCard, personCharges: [] },
        ),
      PricingErrorCode.INVALID_RATE_CARD,
    ],
  ])('throws for %s', (_name, operation, code) => {
    expect(operation).toThrow(
      expect.objectContaining({ name: 'PricingError', code }),
    );
  });
});
