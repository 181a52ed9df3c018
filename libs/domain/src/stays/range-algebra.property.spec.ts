import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CalendarDate } from './calendar-date';
import { addDays, compareDates, parseCalendarDate } from './calendar-date';
import type { DateRange } from './date-range';
import { parseDateRange } from './date-range';
import {
  contains,
  eachNight,
  intersect,
  merge,
  nights,
  overlaps,
  subtract,
} from './range-algebra';

// Ranges within a few years around 2026, short enough that night sets stay cheap.
const origin = parseCalendarDate('2025-01-01');
const rangeArb: fc.Arbitrary<DateRange> = fc
  .tuple(fc.integer({ min: 0, max: 1200 }), fc.integer({ min: 1, max: 40 }))
  .map(([start, length]) =>
    parseDateRange({
      arrival: addDays(origin, start),
      departure: addDays(origin, start + length),
    }),
  );
// Dense ranges collide often, so overlap/adjacency cases are well covered.
const denseRangeArb: fc.Arbitrary<DateRange> = fc
  .tuple(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 1, max: 10 }))
  .map(([start, length]) =>
    parseDateRange({
      arrival: addDays(origin, start),
      departure: addDays(origin, start + length),
    }),
  );
const anyRangeArb = fc.oneof(rangeArb, denseRangeArb);

const nightSet = (ranges: readonly DateRange[]): Set<CalendarDate> =>
  new Set(ranges.flatMap((range) => eachNight(range)));
const sortedNights = (set: Set<CalendarDate>): CalendarDate[] =>
  [...set].sort(compareDates);

describe('range algebra properties', () => {
  it('nights(range) is the number of nights eachNight lists', () => {
    fc.assert(
      fc.property(
        anyRangeArb,
        (range) => nights(range) === eachNight(range).length,
      ),
    );
  });

  it('intersect is commutative and agrees with overlaps', () => {
    fc.assert(
      fc.property(anyRangeArb, anyRangeArb, (a, b) => {
        expect(intersect(a, b)).toEqual(intersect(b, a));
        expect(overlaps(a, b)).toBe(intersect(a, b) !== null);
        expect(overlaps(a, b)).toBe(overlaps(b, a));
      }),
    );
  });

  it('intersect is contained in both ranges', () => {
    fc.assert(
      fc.property(anyRangeArb, anyRangeArb, (a, b) => {
        const both = intersect(a, b);
        return both === null || (contains(a, both) && contains(b, both));
      }),
    );
  });

  it('subtract(a, b) and intersect(a, b) partition the nights of a', () => {
    fc.assert(
      fc.property(anyRangeArb, anyRangeArb, (a, b) => {
        const rest = subtract(a, b);
        const both = intersect(a, b);
        const parts = both === null ? rest : [...rest, both];
        const partNights = parts.flatMap((range) => eachNight(range));
        // no night counted twice, and together exactly the nights of a
        expect(new Set(partNights).size).toBe(partNights.length);
        expect(sortedNights(new Set(partNights))).toEqual(eachNight(a));
        expect(rest.length).toBeLessThanOrEqual(2);
        rest.forEach((range) => expect(overlaps(range, b)).toBe(false));
      }),
    );
  });

  it('merge keeps the same nights as sorted, disjoint, non-adjacent ranges', () => {
    fc.assert(
      fc.property(fc.array(anyRangeArb, { maxLength: 12 }), (ranges) => {
        const snapshot = ranges.map((range) => ({ ...range }));
        const merged = merge(ranges);
        expect(sortedNights(nightSet(merged))).toEqual(
          sortedNights(nightSet(ranges)),
        );
        for (let i = 1; i < merged.length; i++) {
          const previous = merged[i - 1];
          const current = merged[i];
          if (previous && current) {
            // strictly after: a gap of at least one night between merged ranges
            expect(
              compareDates(previous.departure, current.arrival),
            ).toBeLessThan(0);
          }
        }
        expect(ranges).toEqual(snapshot);
      }),
    );
  });

  it('merge is idempotent and ignores input order', () => {
    fc.assert(
      fc.property(fc.array(anyRangeArb, { maxLength: 12 }), (ranges) => {
        const merged = merge(ranges);
        expect(merge(merged)).toEqual(merged);
        expect(merge([...ranges].reverse())).toEqual(merged);
      }),
    );
  });
});
