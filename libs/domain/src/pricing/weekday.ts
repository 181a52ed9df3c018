import type { CalendarDate } from '../stays/calendar-date';
import { isoWeekday } from '../stays/calendar-date';
import type { Weekday } from './rate-card';

/** The ISO weekday of a calendar date: 1 = Monday ... 7 = Sunday. No time zone involved. */
export function weekdayOf(date: CalendarDate): Weekday {
  return isoWeekday(date) as Weekday;
}
