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

/** The date `days` calendar days after `date` (before it when negative). */
export function addDays(date: CalendarDate, days: number): CalendarDate {
  return Temporal.PlainDate.from(date).add({ days }).toString() as CalendarDate;
}

/** Calendar days from `from` to `to`: positive when `to` is later. */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return Temporal.PlainDate.from(from).until(to, { largestUnit: 'days' }).days;
}

/** Negative, zero or positive as `a` is before, equal to or after `b`; usable in `sort`. */
export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return Temporal.PlainDate.compare(a, b);
}
