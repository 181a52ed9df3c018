import { describe, expect, it } from 'vitest';
import { parseCalendarDate } from './calendar-date';
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

// Tables use `MM-DD` in 2026 to stay readable: r('07-01', '07-05') is [Jul 1, Jul 5).
const r = (arrival: string, departure: string): DateRange =>
  parseDateRange({
    arrival: `2026-${arrival}`,
    departure: `2026-${departure}`,
  });

describe('nights and eachNight', () => {
  it.each([
    [r('07-01', '07-02'), ['2026-07-01']],
    [r('07-30', '08-02'), ['2026-07-30', '2026-07-31', '2026-08-01']],
    [r('02-27', '03-01'), ['2026-02-27', '2026-02-28']],
  ])('%o has nights %o', (range, expected) => {
    expect(eachNight(range)).toEqual(expected);
    expect(nights(range)).toBe(expected.length);
  });

  it('counts across a year end and a leap day', () => {
    expect(
      nights(
        parseDateRange({ arrival: '2023-12-30', departure: '2024-03-01' }),
      ),
    ).toBe(62);
  });
});

describe('overlaps / intersect', () => {
  it.each([
    [
      'same range',
      r('07-01', '07-05'),
      r('07-01', '07-05'),
      r('07-01', '07-05'),
    ],
    [
      'partial, b later',
      r('07-01', '07-05'),
      r('07-03', '07-08'),
      r('07-03', '07-05'),
    ],
    [
      'partial, b earlier',
      r('07-03', '07-08'),
      r('07-01', '07-05'),
      r('07-03', '07-05'),
    ],
    [
      'b inside a',
      r('07-01', '07-10'),
      r('07-03', '07-05'),
      r('07-03', '07-05'),
    ],
    [
      'a inside b',
      r('07-03', '07-05'),
      r('07-01', '07-10'),
      r('07-03', '07-05'),
    ],
    [
      'one shared night',
      r('07-01', '07-05'),
      r('07-04', '07-06'),
      r('07-04', '07-05'),
    ],
    ['back to back', r('07-01', '07-05'), r('07-05', '07-08'), null],
    ['back to back, reversed', r('07-05', '07-08'), r('07-01', '07-05'), null],
    ['disjoint', r('07-01', '07-03'), r('07-10', '07-12'), null],
  ])('%s', (_name, a, b, expected) => {
    expect(intersect(a, b)).toEqual(expected);
    expect(overlaps(a, b)).toBe(expected !== null);
  });
});

describe('contains', () => {
  const stay = r('07-01', '07-05');
  it.each([
    ['2026-06-30', false],
    ['2026-07-01', true],
    ['2026-07-04', true],
    // departure day is not a night of the stay
    ['2026-07-05', false],
  ])('night %s: %s', (night, expected) => {
    expect(contains(stay, parseCalendarDate(night))).toBe(expected);
  });

  it.each([
    [r('07-01', '07-05'), true],
    [r('07-02', '07-04'), true],
    [r('07-04', '07-05'), true],
    [r('06-30', '07-02'), false],
    [r('07-04', '07-06'), false],
    [r('07-05', '07-06'), false],
  ])('range %o: %s', (inner, expected) => {
    expect(contains(stay, inner)).toBe(expected);
  });
});

describe('subtract', () => {
  it.each([
    [
      'disjoint leaves a whole',
      r('07-01', '07-05'),
      r('07-10', '07-12'),
      [r('07-01', '07-05')],
    ],
    [
      'back to back leaves a whole',
      r('07-01', '07-05'),
      r('07-05', '07-07'),
      [r('07-01', '07-05')],
    ],
    ['b covers a', r('07-02', '07-04'), r('07-01', '07-05'), []],
    ['equal ranges', r('07-01', '07-05'), r('07-01', '07-05'), []],
    [
      'cut the tail',
      r('07-01', '07-05'),
      r('07-03', '07-08'),
      [r('07-01', '07-03')],
    ],
    [
      'cut the head',
      r('07-01', '07-05'),
      r('06-28', '07-02'),
      [r('07-02', '07-05')],
    ],
    [
      'hole in the middle',
      r('07-01', '07-10'),
      r('07-04', '07-06'),
      [r('07-01', '07-04'), r('07-06', '07-10')],
    ],
  ])('%s', (_name, a, b, expected) => {
    expect(subtract(a, b)).toEqual(expected);
  });
});

describe('merge', () => {
  it.each([
    ['nothing', [], []],
    ['one', [r('07-01', '07-03')], [r('07-01', '07-03')]],
    [
      'unsorted disjoint',
      [r('07-10', '07-12'), r('07-01', '07-03')],
      [r('07-01', '07-03'), r('07-10', '07-12')],
    ],
    [
      'overlapping',
      [r('07-01', '07-05'), r('07-03', '07-08')],
      [r('07-01', '07-08')],
    ],
    [
      'back to back joins',
      [r('07-03', '07-05'), r('07-01', '07-03')],
      [r('07-01', '07-05')],
    ],
    [
      'contained',
      [r('07-01', '07-10'), r('07-02', '07-03')],
      [r('07-01', '07-10')],
    ],
    [
      'chain and a gap',
      [
        r('07-07', '07-09'),
        r('07-01', '07-03'),
        r('07-02', '07-05'),
        r('07-12', '07-13'),
      ],
      [r('07-01', '07-05'), r('07-07', '07-09'), r('07-12', '07-13')],
    ],
  ])('%s', (_name, input, expected) => {
    expect(merge(input)).toEqual(expected);
  });

  it("does not mutate the caller's array (sorts a copy)", () => {
    const input = [
      r('07-10', '07-12'),
      r('07-01', '07-03'),
      r('07-02', '07-05'),
    ];
    const before = [...input];
    const merged = merge(input);
    expect(input).toEqual(before);
    // same element identities in the same slots, not just equal values
    input.forEach((range, i) => expect(range).toBe(before[i]));
    expect(merged).not.toBe(input);
  });

  it('works on a frozen array, which a sort in place would throw on', () => {
    const input = Object.freeze([r('07-10', '07-12'), r('07-01', '07-03')]);
    expect(merge(input)).toEqual([r('07-01', '07-03'), r('07-10', '07-12')]);
  });
});
