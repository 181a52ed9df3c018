const dateFormatters = new Map<string, Intl.DateTimeFormat>();

/**
 * A calendar date (`YYYY-MM-DD`, a property-local night) as the guest's locale writes it.
 * Formatted in UTC: the date is a label, not an instant, and must not shift with the
 * browser's time zone.
 */
export function formatCalendarDate(date: string, locale: string, style: 'long' | 'medium' | 'short' = 'medium'): string {
  const key = `${locale}|${style}`;
  let formatter = dateFormatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, {
      timeZone: 'UTC',
      ...(style === 'long' && { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }),
      ...(style === 'medium' && { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' }),
      ...(style === 'short' && { day: 'numeric', month: 'short' }),
    });
    dateFormatters.set(key, formatter);
  }
  return formatter.format(new Date(`${date}T00:00:00Z`));
}
