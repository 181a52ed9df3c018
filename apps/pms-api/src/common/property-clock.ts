import type { CalendarDate } from '@pitchdesk/domain';
import { parseCalendarDate } from '@pitchdesk/domain';
import { isoDateFormat } from './intl-formats';

/**
 * Today's date where the property is: a booking made at 23:30 in Rome on 31 July is
 * made on 31 July even though it is already 1 August in UTC... or the reverse.
 */
export function todayAt(timeZone: string, now: Date = new Date()): CalendarDate {
  return parseCalendarDate(isoDateFormat(timeZone).format(now));
}
