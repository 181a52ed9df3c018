import type { CalendarDate } from '@pitchdesk/domain';
import { parseCalendarDate } from '@pitchdesk/domain';

/**
 * Today's date where the property is: a booking made at 23:30 in Rome on 31 July is
 * made on 31 July even though it is already 1 August in UTC... or the reverse.
 */
export function todayAt(timeZone: string, now: Date = new Date()): CalendarDate {
  // en-CA formats as YYYY-MM-DD.
  return parseCalendarDate(new Intl.DateTimeFormat('en-CA', { timeZone }).format(now));
}
