// Building an Intl formatter costs far more than using one (a booking mail used to build
// two per mail); there are only a handful of locale/currency pairs, so they are kept.
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const currencyFormats = new Map<string, Intl.NumberFormat>();
const isoDateFormats = new Map<string, Intl.DateTimeFormat>();

/** A full-date formatter in UTC, for calendar dates (no zone may shift them). */
export function fullDateFormat(locale: string): Intl.DateTimeFormat {
  let format = dateFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeZone: 'UTC' });
    dateFormats.set(locale, format);
  }
  return format;
}

export function currencyFormat(locale: string, currency: string): Intl.NumberFormat {
  const key = `${locale}:${currency}`;
  let format = currencyFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, { style: 'currency', currency });
    currencyFormats.set(key, format);
  }
  return format;
}

/** `YYYY-MM-DD` of an instant in a time zone (en-CA formats dates that way). */
export function isoDateFormat(timeZone: string): Intl.DateTimeFormat {
  let format = isoDateFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', { timeZone });
    isoDateFormats.set(timeZone, format);
  }
  return format;
}

/** Minor units to text; the currency's own exponent (2 for EUR, 0 for JPY), never a fixed /100. */
export function formatMinor(amountMinor: number, currency: string, locale: string): string {
  const format = currencyFormat(locale, currency);
  return format.format(amountMinor / 10 ** (format.resolvedOptions().maximumFractionDigits ?? 2));
}
