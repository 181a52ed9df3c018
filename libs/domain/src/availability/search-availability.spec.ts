import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Party } from '../inventory/inventory';
import { addDays } from '../stays/calendar-date';
import { PricingErrorCode } from '../pricing/pricing-error';
import { d, lagoCard, lagoTypes, lagoUnits, r } from '../testing/lago-fixture';
import type { AvailabilitySearch } from './search-availability';
import { searchAvailability } from './search-availability';

const family: Party = { adults: 2, childrenAges: [8], pets: 0, vehicles: 1 };
const search = (
  overrides: Partial<AvailabilitySearch>,
): AvailabilitySearch => ({
  unitTypes: lagoTypes,
  units: lagoUnits,
  rateCard: lagoCard,
  stay: r('2026-08-01', '2026-08-08'),
  party: family,
  bookedOn: d('2026-07-01'),
  filters: {},
  takenUnitIds: new Set<string>(),
  ...overrides,
});
const summary = (input: AvailabilitySearch) =>
  searchAvailability(input).map((a) => ({
    type: a.unitType.code,
    available: a.available,
    total: a.quote?.totalMinor ?? null,
    violations: a.violations.map((v) => v.code),
    free: a.freeUnits.map((u) => u.code),
  }));

describe('searchAvailability', () => {
  it('a Saturday-to-Saturday August week: available types first, cheapest first', () => {
    expect(summary(search({}))).toEqual([
      // 7x3000 + 14x1150 adults + 7x700 child + 7x500 car + 14x150 tax
      {
        type: 'pitch-comfort',
        available: true,
        total: 47600,
        violations: [],
        free: ['P01', 'P02', 'P03'],
      },
      // 7x15500, all 6 places included + car + tax
      {
        type: 'mobile-home-6',
        available: true,
        total: 114100,
        violations: [],
        free: ['MH01', 'MH02'],
      },
      // no tent takes a car: explained, still priced (7x11500 + 7x700 + car + tax)
      {
        type: 'safari-tent',
        available: false,
        total: 91000,
        violations: ['NO_VEHICLE_SPACE'],
        free: [],
      },
    ]);
  });

  it('prices each type through the caller\'s priceType when given (e.g. memoised), only where the stay rules pass', () => {
    const asked: string[] = [];
    const results = searchAvailability(
      search({
        stay: r('2026-08-03', '2026-08-06'),
        priceType: (code) => {
          asked.push(code);
          return { currency: 'EUR', nights: 3, lines: [], totalMinor: 1 };
        },
      }),
    );
    // Mid-week in peak: only pitches pass the stay rules, so only they are priced.
    expect(asked).toEqual(['pitch-comfort']);
    expect(results.find((result) => result.unitType.code === 'pitch-comfort')?.quote?.totalMinor).toBe(1);
  });

  it('explains why a mid-week peak stay fails for mobile homes and tents, and prices nothing there', () => {
    const result = summary(
      search({
        stay: r('2026-08-03', '2026-08-06'),
        party: { ...family, vehicles: 0 },
      }),
    );
    const weekRule = ['MIN_NIGHTS', 'ARRIVAL_WEEKDAY', 'DEPARTURE_WEEKDAY'];
    expect(result).toEqual([
      {
        type: 'pitch-comfort',
        available: true,
        total: 9000 + 6900 + 2100 + 900,
        violations: [],
        free: ['P01', 'P02', 'P03'],
      },
      {
        type: 'mobile-home-6',
        available: false,
        total: null,
        violations: weekRule,
        free: ['MH01', 'MH02'],
      },
      {
        type: 'safari-tent',
        available: false,
        total: null,
        violations: weekRule,
        free: ['T01', 'T02'],
      },
    ]);
  });

  it('takes the party, filters and taken units into account per unit', () => {
    const result = summary(
      search({
        party: { adults: 3, childrenAges: [10, 0], pets: 1, vehicles: 0 },
        takenUnitIds: new Set(['P01']),
        filters: {
          unitTypeCodes: ['pitch-comfort', 'mobile-home-6'],
          electricity: true,
        },
      }),
    );
    expect(
      result.map(({ type, available, violations, free }) => ({
        type,
        available,
        violations,
        free,
      })),
    ).toEqual([
      // MH01 takes no pets; MH02 sleeps exactly 5.
      {
        type: 'mobile-home-6',
        available: true,
        violations: [],
        free: ['MH02'],
      },
      // P01 is taken, P02 takes no pets, P03 has no electricity.
      { type: 'pitch-comfort', available: false, violations: [], free: [] },
    ]);
  });

  it('reports party-vs-type problems even when the stay is fine', () => {
    const big: Party = { adults: 6, childrenAges: [], pets: 1, vehicles: 1 };
    const tent = searchAvailability(search({ party: big })).find(
      (a) => a.unitType.code === 'safari-tent',
    );
    expect(tent?.violations).toEqual([
      { code: 'TOO_MANY_GUESTS', params: { maxGuests: 5 } },
      { code: 'PETS_NOT_ALLOWED', params: {} },
      { code: 'NO_VEHICLE_SPACE', params: {} },
    ]);
    expect(tent?.quote).not.toBeNull(); // stay rules pass, so the price is still shown
    expect(tent?.available).toBe(false);
  });

  it('rejects an impossible party instead of reporting it unavailable', () => {
    expect(() =>
      searchAvailability(search({ party: { ...family, adults: 0 } })),
    ).toThrow(
      expect.objectContaining({ code: PricingErrorCode.INVALID_PARTY }),
    );
  });

  it('never mutates its inputs', () => {
    const types = Object.freeze([...lagoTypes].reverse());
    const units = Object.freeze([...lagoUnits]);
    expect(() =>
      searchAvailability(search({ unitTypes: types, units })),
    ).not.toThrow();
    expect(types.map((t) => t.code)).toEqual([
      'safari-tent',
      'mobile-home-6',
      'pitch-comfort',
    ]);
  });

  it('never returns a taken unit, nor a unit of another type', () => {
    fc.assert(
      fc.property(
        fc.subarray(lagoUnits.map((u) => u.id)),
        fc.integer({ min: 1, max: 6 }),
        fc.array(fc.integer({ min: 0, max: 17 }), { maxLength: 3 }),
        fc.integer({ min: 0, max: 300 }),
        (taken, adults, childrenAges, start) => {
          const arrival = addDays(d('2026-01-01'), start);
          const result = searchAvailability(
            search({
              takenUnitIds: new Set(taken),
              party: { adults, childrenAges, pets: 0, vehicles: 0 },
              stay: r(arrival, addDays(arrival, 7)),
            }),
          );
          for (const a of result) {
            a.freeUnits.forEach((u) => {
              expect(taken).not.toContain(u.id);
              expect(u.unitTypeId).toBe(a.unitType.id);
            });
            expect(a.available).toBe(
              a.violations.length === 0 && a.freeUnits.length > 0,
            );
          }
        },
      ),
    );
  });
});
