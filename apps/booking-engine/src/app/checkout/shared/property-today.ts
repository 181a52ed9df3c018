import type { CalendarDate } from '@pitchdesk/domain';
import { parseCalendarDate } from '@pitchdesk/domain';

const formats = new Map<string, Intl.DateTimeFormat>();

/**
 * Today's date where the property is, as the API computes it (`todayAt` in
 * pms-api/common/property-clock): a guest in Sydney booking a campsite in Rome gets the
 * Rome date, or the early-booking discount would differ from the server's by a day.
 */
export function propertyToday(timeZone: string, nowMs: number): CalendarDate {
  let format = formats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    formats.set(timeZone, format);
  }
  const parts = Object.fromEntries(format.formatToParts(new Date(nowMs)).map((part) => [part.type, part.value]));
  return parseCalendarDate(`${parts['year']}-${parts['month']}-${parts['day']}`);
}
