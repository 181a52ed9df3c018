import { StayError, StayErrorCode } from './stay-error';

declare const calendarDateBrand: unique symbol;

/**
 * A property-local calendar date, `YYYY-MM-DD`: a night is named by the date it starts
 * on. No time and no time zone, so DST changes cannot shift it. Branded so that only
 * validated strings (from {@link parseCalendarDate}) are accepted where a date is due.
 */
export type CalendarDate = string & { readonly [calendarDateBrand]: true };

// The wire format is exactly `YYYY-MM-DD`: no `20260301`, `+002026-03-01` or date-times.
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
  // A date that does not exist (2026-02-30, 2026-13-01) comes back from the day-number
  // round trip as another date. Exact integer arithmetic, not Temporal: the browser's
  // bundle must not carry a 19 KB polyfill to check a date (a property test compares the
  // two).
  const date = value as CalendarDate;
  if (fromEpochDay(epochDay(date)) !== value) {
    throw new StayError(
      StayErrorCode.INVALID_DATE,
      `"${value}" is not a calendar date`,
    );
  }
  return date;
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
// in a search profile, and Date objects were most of the rest. These are the standard
// integer civil-date conversions (H. Hinnant, "chrono-compatible low-level date
// algorithms"), exact for the proleptic Gregorian calendar; a property test checks them
// against Temporal.

/** Days since 1970-01-01 of a valid `YYYY-MM-DD` date. */
function epochDay(date: CalendarDate): number {
  const month = Number(date.slice(5, 7));
  const day = Number(date.slice(8, 10));
  const year = Number(date.slice(0, 4)) - (month <= 2 ? 1 : 0);
  const era = Math.floor(year / 400);
  const yearOfEra = year - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

function fromEpochDay(epoch: number): CalendarDate {
  const shifted = epoch + 719_468;
  const era = Math.floor(shifted / 146_097);
  const dayOfEra = shifted - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1_460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthIndex = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthIndex + 2) / 5) + 1;
  const month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return `${String(year).padStart(4, '0')}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}` as CalendarDate;
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
