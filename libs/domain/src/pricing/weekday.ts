import { Temporal } from 'temporal-polyfill';
import type { CalendarDate } from '../stays/calendar-date';
import type { Weekday } from './rate-card';

/** The ISO weekday of a calendar date: 1 = Monday ... 7 = Sunday. No time zone involved. */
export function weekdayOf(date: CalendarDate): Weekday {
  return Temporal.PlainDate.from(date).dayOfWeek as Weekday;
}
