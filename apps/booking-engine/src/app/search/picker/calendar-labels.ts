import type { CalendarDate } from '@pitchdesk/domain';
import { addDays } from '../dates/iso-date';

const formatters = new Map<string, Intl.DateTimeFormat>();

// Calendar dates are labels, not instants: format them as UTC midnights in UTC.
function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let cached = formatters.get(key);
  if (!cached) {
    cached = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
    formatters.set(key, cached);
  }
  return cached;
}

function asDate(day: CalendarDate): Date {
  return new Date(`${day}T00:00:00Z`);
}

/** `July 2027`, `luglio 2027`. */
export function monthLabel(day: CalendarDate, locale: string): string {
  return formatter(locale, { month: 'long', year: 'numeric' }).format(asDate(day));
}

/** Monday to Sunday, short and long (`Mo`/`Monday`), in the guest's language. */
export function weekdayNames(locale: string): { readonly short: string; readonly long: string }[] {
  // 2024-01-01 was a Monday.
  const monday = '2024-01-01' as CalendarDate;
  return Array.from({ length: 7 }, (_, index) => {
    const date = asDate(addDays(monday, index));
    return {
      short: formatter(locale, { weekday: 'short' }).format(date),
      long: formatter(locale, { weekday: 'long' }).format(date),
    };
  });
}
