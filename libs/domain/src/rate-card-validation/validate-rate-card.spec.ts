import { describe, expect, it } from 'vitest';
import type { RateCard } from '../pricing/rate-card';
import { at, lagoCard, r } from '../testing/lago-fixture';
import { validateRateCard } from './validate-rate-card';

const TYPES = ['pitch-comfort', 'mobile-home-6', 'safari-tent'];
const bands = lagoCard.ageBands;

describe('validateRateCard', () => {
  it('finds nothing wrong with a sound card', () => {
    expect(validateRateCard(lagoCard, TYPES)).toEqual([]);
  });

  it.each<[string, Partial<RateCard>, string[], string]>([
    [
      'a currency that is not ISO 4217',
      { currency: 'euro' },
      TYPES,
      'currency "euro" is not an ISO 4217 code',
    ],
    [
      'overlapping seasons',
      {
        seasons: [
          ...lagoCard.seasons,
          {
            code: 'fair',
            name: at(lagoCard.seasons, 0).name,
            range: r('2026-08-20', '2026-09-02'),
          },
        ],
      },
      TYPES,
      'seasons "peak" 2026-07-18..2026-08-29 and "fair" 2026-08-20..2026-09-02 overlap',
    ],
    [
      'a rate for an unknown unit type',
      {},
      ['pitch-comfort', 'mobile-home-6'],
      'rate safari-tent/low unit type: unknown "safari-tent"',
    ],
    [
      'a rate for an unknown season',
      {
        unitTypeRates: [
          ...lagoCard.unitTypeRates,
          {
            unitTypeCode: 'pitch-comfort',
            seasonCode: 'xmas',
            nightlyMinor: 100,
            includedGuests: 0,
          },
        ],
      },
      TYPES,
      'rate pitch-comfort/xmas season: unknown "xmas"',
    ],
    [
      'a negative nightly price',
      {
        unitTypeRates: lagoCard.unitTypeRates.map((x, i) =>
          i === 0 ? { ...x, nightlyMinor: -1 } : x,
        ),
      },
      TYPES,
      'rate pitch-comfort/low nightlyMinor must be an integer >= 0, got -1',
    ],
    [
      'a fractional person charge',
      {
        personCharges: lagoCard.personCharges.map((x, i) =>
          i === 0 ? { ...x, nightlyMinor: 7.5 } : x,
        ),
      },
      TYPES,
      'person charge adult/low nightlyMinor must be an integer >= 0, got 7.5',
    ],
    [
      'a missing person charge',
      { personCharges: lagoCard.personCharges.slice(1) },
      TYPES,
      'no person charge for adult in season "low"',
    ],
    [
      'missing surcharges',
      { surcharges: lagoCard.surcharges.slice(1) },
      TYPES,
      'no pet/vehicle surcharges for season "low"',
    ],
    [
      'a gap between age bands',
      {
        ageBands: [at(bands, 0), { ...at(bands, 1), minAge: 4 }, at(bands, 2)],
      },
      TYPES,
      'gap in age bands between infant and child',
    ],
    [
      'overlapping age bands',
      {
        ageBands: [{ ...at(bands, 0), minAge: 10 }, at(bands, 1), at(bands, 2)],
      },
      TYPES,
      'age bands child and adult overlap',
    ],
    [
      'age bands not starting at 0',
      { ageBands: [at(bands, 0), at(bands, 1)] },
      TYPES,
      'age bands start at 3, not 0',
    ],
    [
      'an extra for an unknown type',
      { extras: [{ ...at(lagoCard.extras, 0), unitTypeCodes: ['igloo'] }] },
      TYPES,
      'extra bed-linen unit type: unknown "igloo"',
    ],
    [
      'a duplicate extra',
      { extras: [at(lagoCard.extras, 0), at(lagoCard.extras, 0)] },
      TYPES,
      'extra "bed-linen" is listed more than once',
    ],
    [
      'min above max nights',
      {
        stayRules: [
          {
            code: 'odd',
            unitTypeCodes: [],
            range: r('2026-01-01', '2026-02-01'),
            minNights: 7,
            maxNights: 3,
          },
        ],
      },
      TYPES,
      'stay rule odd: minNights 7 > maxNights 3',
    ],
    [
      'a weekday out of range',
      {
        stayRules: [
          {
            code: 'odd',
            unitTypeCodes: [],
            range: r('2026-01-01', '2026-02-01'),
            arrivalWeekdays: [0 as 1],
          },
        ],
      },
      TYPES,
      'stay rule odd: weekday 0 is not 1..7',
    ],
    [
      'a discount over 100 %',
      {
        discounts: [
          {
            code: 'crazy',
            kind: 'long-stay',
            minNights: 7,
            basisPoints: 12_000,
          },
        ],
      },
      TYPES,
      'discount crazy must be 0..10000 basis points, got 12000',
    ],
    [
      'a negative tourist tax',
      { touristTax: { ...lagoCard.touristTax, perPersonNightMinor: -150 } },
      TYPES,
      'tourist tax perPersonNightMinor must be an integer >= 0, got -150',
    ],
  ])('reports %s', (_name, change, types, problem) => {
    expect(validateRateCard({ ...lagoCard, ...change }, types)).toContain(
      problem,
    );
  });
});
