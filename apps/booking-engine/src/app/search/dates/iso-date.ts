import type { CalendarDate } from '@pitchdesk/domain';
import { addDays } from '@pitchdesk/domain';

// The domain's `isCalendarDate`/`parseCalendarDate` go through temporal-polyfill (~50 KB
// gzipped); this page only needs to know that a `YYYY-MM-DD` string is a real date, so it
// checks with Date.UTC and keeps Temporal out of the landing page's chunk.
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether `value` is a real `YYYY-MM-DD` date (no 2027-02-30). */
export function isIsoDate(value: string): value is CalendarDate {
  const match = ISO_DATE.exec(value);
  if (!match) {
    return false;
  }
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return isoFromParts(year, month, day) === value;
}

/** `YYYY-MM-DD` of a year, month (1-12) and day; overflowing days roll over as Date.UTC does. */
export function isoFromParts(year: number, month: number, day: number): CalendarDate {
  // setUTCFullYear, unlike Date.UTC, does not map years 0-99 to 1900-1999.
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.toISOString().slice(0, 10) as CalendarDate;
}

/** Today in the property's time zone: a night is a local date there, not in the browser. */
export function todayIn(timeZone: string | undefined, now: Date = new Date()): CalendarDate {
  try {
    // en-CA writes dates as YYYY-MM-DD.
    return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now) as CalendarDate;
  } catch {
    return now.toISOString().slice(0, 10) as CalendarDate;
  }
}

/** The first day of the month `date` is in. */
export function startOfMonth(date: CalendarDate): CalendarDate {
  return `${date.slice(0, 8)}01` as CalendarDate;
}

/** The first day of the month `months` after (before, when negative) the month of `date`. */
export function addMonthsToStart(date: CalendarDate, months: number): CalendarDate {
  return isoFromParts(Number(date.slice(0, 4)), Number(date.slice(5, 7)) + months, 1);
}

/** The same day `months` later, clamped to the month's last day (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  const target = addMonthsToStart(date, months);
  const lastDay = daysInMonth(target);
  return isoFromParts(Number(target.slice(0, 4)), Number(target.slice(5, 7)), Math.min(Number(date.slice(8, 10)), lastDay));
}

export function daysInMonth(date: CalendarDate): number {
  return Number(addDays(addMonthsToStart(date, 1), -1).slice(8, 10));
}

export function maxDate(a: CalendarDate, b: CalendarDate): CalendarDate {
  return a > b ? a : b;
}

export function minDate(a: CalendarDate, b: CalendarDate): CalendarDate {
  return a < b ? a : b;
}
