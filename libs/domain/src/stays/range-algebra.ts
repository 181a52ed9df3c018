import type { CalendarDate } from './calendar-date';
import { addDays, compareDates, daysBetween } from './calendar-date';
import type { DateRange } from './date-range';
import { rangeOf } from './date-range';

// Every function here is pure: it returns new ranges and never touches its arguments
// (ranges are frozen; arrays are copied before sorting).

function maxDate(a: CalendarDate, b: CalendarDate): CalendarDate {
  return compareDates(a, b) >= 0 ? a : b;
}

function minDate(a: CalendarDate, b: CalendarDate): CalendarDate {
  return compareDates(a, b) <= 0 ? a : b;
}

/** Number of nights in the stay: calendar days from arrival to departure. */
export function nights(range: DateRange): number {
  return daysBetween(range.arrival, range.departure);
}

/** Every night of the stay in order, from `arrival` up to the day before `departure`. */
export function eachNight(range: DateRange): CalendarDate[] {
  const count = nights(range);
  const result: CalendarDate[] = [];
  for (let i = 0; i < count; i++) {
    result.push(addDays(range.arrival, i));
  }
  return result;
}

/**
 * Whether the two stays share at least one night. Back-to-back stays (one departs the
 * day the other arrives) do not overlap: that is the point of half-open ranges.
 */
export function overlaps(a: DateRange, b: DateRange): boolean {
  return (
    compareDates(a.arrival, b.departure) < 0 &&
    compareDates(b.arrival, a.departure) < 0
  );
}

/**
 * Whether `inner` lies within `outer`: a night (`arrival <= night < departure`) or a
 * whole range (every night of `inner` is a night of `outer`).
 */
export function contains(
  outer: DateRange,
  inner: DateRange | CalendarDate,
): boolean {
  if (typeof inner === 'string') {
    return (
      compareDates(outer.arrival, inner) <= 0 &&
      compareDates(inner, outer.departure) < 0
    );
  }
  return (
    compareDates(outer.arrival, inner.arrival) <= 0 &&
    compareDates(inner.departure, outer.departure) <= 0
  );
}

/** The nights both stays share, or `null` when they share none. */
export function intersect(a: DateRange, b: DateRange): DateRange | null {
  const arrival = maxDate(a.arrival, b.arrival);
  const departure = minDate(a.departure, b.departure);
  return compareDates(arrival, departure) < 0
    ? rangeOf(arrival, departure)
    : null;
}

/**
 * The nights of `a` that are not nights of `b`, in order: none when `b` covers `a`,
 * two when `b` sits strictly inside `a`, otherwise one.
 */
export function subtract(a: DateRange, b: DateRange): DateRange[] {
  if (!overlaps(a, b)) {
    return [a];
  }
  const result: DateRange[] = [];
  if (compareDates(a.arrival, b.arrival) < 0) {
    result.push(rangeOf(a.arrival, b.arrival));
  }
  if (compareDates(b.departure, a.departure) < 0) {
    result.push(rangeOf(b.departure, a.departure));
  }
  return result;
}

/**
 * The same nights as the union of `ranges`, as the fewest sorted, disjoint ranges:
 * overlapping and back-to-back ranges are joined. Sorts a copy; `ranges` is untouched.
 */
export function merge(ranges: readonly DateRange[]): DateRange[] {
  const sorted = [...ranges].sort((x, y) => compareDates(x.arrival, y.arrival));
  const result: DateRange[] = [];
  for (const range of sorted) {
    const last = result[result.length - 1];
    // `<=` joins back-to-back ranges too: [1,3) + [3,5) are the contiguous nights [1,5).
    if (last && compareDates(range.arrival, last.departure) <= 0) {
      result[result.length - 1] = rangeOf(
        last.arrival,
        maxDate(last.departure, range.departure),
      );
    } else {
      result.push(range);
    }
  }
  return result;
}
