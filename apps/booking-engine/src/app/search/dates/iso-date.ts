import type { CalendarDate } from '@pitchdesk/domain';
import { addDays as addCalendarDays, daysBetween as calendarDaysBetween, isCalendarDate } from '@pitchdesk/domain';

// Date arithmetic on `YYYY-MM-DD` strings for the page's first render (grid, nights,
// validation): the domain's exact integer arithmetic where it has it, and the few
// calendar-grid helpers it does not need. Calendar dates as UTC midnights: no time zone,
// so no DST shift.

/** Whether `value` is a real `YYYY-MM-DD` date (no 2027-02-30). */
export function isIsoDate(value: string): value is CalendarDate {
  return isCalendarDate(value);
}

/** `YYYY-MM-DD` of a year, month (1-12) and day; overflowing days roll over as Date does. */
export function isoFromParts(year: number, month: number, day: number): CalendarDate {
  // setUTCFullYear, unlike Date.UTC, does not map years 0-99 to 1900-1999.
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.toISOString().slice(0, 10) as CalendarDate;
}

function epochMs(date: string): number {
  return Date.parse(`${date}T00:00:00Z`);
}

/** The date `days` calendar days after `date` (before it when negative). */
export function addDays(date: CalendarDate, days: number): CalendarDate {
  return addCalendarDays(date, days);
}

/** Calendar days from `from` to `to`: positive when `to` is later. */
export function daysBetween(from: string, to: string): number {
  return calendarDaysBetween(from as CalendarDate, to as CalendarDate);
}

/** ISO weekday: 1 = Monday ... 7 = Sunday. */
export function isoWeekday(date: CalendarDate): number {
  return ((new Date(epochMs(date)).getUTCDay() + 6) % 7) + 1;
}

// A formatter with a time zone loads the zone's data: tens of milliseconds on a phone.
const zoneFormatters = new Map<string, Intl.DateTimeFormat>();

/** Today in the property's time zone (the browser's until it is known): nights are local dates there. */
export function todayIn(timeZone: string | undefined, now: Date = new Date()): CalendarDate {
  if (timeZone === undefined) {
    return isoFromParts(now.getFullYear(), now.getMonth() + 1, now.getDate());
  }
  try {
    let formatter = zoneFormatters.get(timeZone);
    if (!formatter) {
      // en-CA writes dates as YYYY-MM-DD.
      formatter = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
      zoneFormatters.set(timeZone, formatter);
    }
    return formatter.format(now) as CalendarDate;
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
  return isoFromParts(Number(target.slice(0, 4)), Number(target.slice(5, 7)), Math.min(Number(date.slice(8, 10)), daysInMonth(target)));
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
