import { Temporal } from 'temporal-polyfill';
import { StayError, StayErrorCode } from './stay-error';

declare const calendarDateBrand: unique symbol;

/**
 * A property-local calendar date, `YYYY-MM-DD`: a night is named by the date it starts
 * on. No time and no time zone, so DST changes cannot shift it. Branded so that only
 * validated strings (from {@link parseCalendarDate}) are accepted where a date is due.
 */
export type CalendarDate = string & { readonly [calendarDateBrand]: true };

// Temporal also accepts `20260301`, `+002026-03-01` and date-times; the wire format is
// exactly `YYYY-MM-DD`, so anything else is rejected before Temporal sees it.
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Validates a `YYYY-MM-DD` string as a real calendar date.
 * @throws {StayError} `INVALID_DATE` for a malformed string or a date that does not
 *   exist (`2026-02-30`, `2026-13-01`).
 */
export function parseCalendarDate(value: string): CalendarDate {
  if (!ISO_DATE.test(value)) {
    throw new StayError(
      StayErrorCode.INVALID_DATE,
      `"${value}" is not a YYYY-MM-DD date`,
    );
  }
  try {
    // Strings never overflow in Temporal: 2026-02-30 throws instead of becoming 03-02.
    return Temporal.PlainDate.from(value).toString() as CalendarDate;
  } catch {
    throw new StayError(
      StayErrorCode.INVALID_DATE,
      `"${value}" is not a calendar date`,
    );
  }
}

/** Whether `value` is a valid `YYYY-MM-DD` calendar date (see {@link parseCalendarDate}). */
export function isCalendarDate(value: string): value is CalendarDate {
  try {
    parseCalendarDate(value);
    return true;
  } catch {
    return false;
  }
}

// Hot paths (pricing and search touch every night of every stay) use plain day numbers:
// Temporal's polyfill parses the string again on each call and was 40 % of the API's CPU
// in a search profile. UTC has no DST, so day arithmetic on it is exact.
const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 of a valid `YYYY-MM-DD` date. */
function epochDay(date: CalendarDate): number {
  const time = new Date(0).setUTCFullYear(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
  return time / MS_PER_DAY;
}

function fromEpochDay(day: number): CalendarDate {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10) as CalendarDate;
}

/** The date `days` calendar days after `date` (before it when negative). */
export function addDays(date: CalendarDate, days: number): CalendarDate {
  return fromEpochDay(epochDay(date) + days);
}

/** Calendar days from `from` to `to`: positive when `to` is later. */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return epochDay(to) - epochDay(from);
}

/** Negative, zero or positive as `a` is before, equal to or after `b`; usable in `sort`. */
export function compareDates(a: CalendarDate, b: CalendarDate): number {
  // Fixed-width `YYYY-MM-DD` strings sort the way their dates do.
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The ISO weekday: 1 = Monday ... 7 = Sunday (1970-01-01 was a Thursday). */
export function isoWeekday(date: CalendarDate): number {
  return ((((epochDay(date) + 3) % 7) + 7) % 7) + 1;
}
