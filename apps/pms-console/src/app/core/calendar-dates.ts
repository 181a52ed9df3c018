import type { CalendarDate } from '@pitchdesk/domain';
import { addDays as addCalendarDays, daysBetween as calendarDaysBetween } from '@pitchdesk/domain';

/** `YYYY-MM-DD` + n days: the domain's exact day arithmetic (no time zone, no DST shift). */
export function addDays(date: string, days: number): string {
  return addCalendarDays(date as CalendarDate, days);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return calendarDaysBetween(from as CalendarDate, to as CalendarDate);
}

/** Today on the staff member's wall clock, as a calendar date. */
export function localToday(now = new Date()): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
