import type { CalendarDate } from '@pitchdesk/domain';
import { parseCalendarDate } from '@pitchdesk/domain';

/**
 * Today's date where the property is: a booking made at 23:30 in Rome on 31 July is
 * made on 31 July even though it is already 1 August in UTC... or the reverse.
 */
export function todayAt(timeZone: string, now: Date = new Date()): CalendarDate {
  return parseCalendarDate(formatterFor(timeZone).format(now));
}

// Building a DateTimeFormat costs far more than using one; a site has one time zone.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    // en-CA formats as YYYY-MM-DD.
    formatter = new Intl.DateTimeFormat('en-CA', { timeZone });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}
