// Money in the console: one copy for the reservations and front-desk pages. Formatters are
// kept per locale and currency: building one costs far more than using it, and tables call
// this per cell on every render.
const formats = new Map<string, Intl.NumberFormat>();

function currencyFormat(locale: string, currency: string): Intl.NumberFormat {
  const key = `${locale}:${currency}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, { style: 'currency', currency });
    formats.set(key, format);
  }
  return format;
}

/** Minor units as money in the page's language, with the currency's own decimals. */
export function formatMoney(amountMinor: number, currency: string, locale: string): string {
  const format = currencyFormat(locale, currency);
  return format.format(amountMinor / 10 ** (format.resolvedOptions().maximumFractionDigits ?? 2));
}

/** How many decimals the currency has (2 for EUR, 0 for JPY). */
export function fractionDigits(currency: string, locale = 'en'): number {
  return currencyFormat(locale, currency).resolvedOptions().maximumFractionDigits ?? 2;
}

/**
 * An amount typed at the desk ("12", "12.5", "12,50", "-3") as minor units, or null when it
 * is not one. Parsed as text, never through a float, so 0.1 + 0.2 cannot creep in.
 */
export function parseAmount(text: string, digits: number): number | null {
  const match = /^\s*(-?)(\d{1,9})(?:[.,](\d+))?\s*$/.exec(text);
  if (!match) {
    return null;
  }
  const [, sign, whole = '0', fraction = ''] = match;
  if (fraction.length > digits) {
    return null;
  }
  const minor = Number(whole) * 10 ** digits + Number(fraction.padEnd(digits, '0') || '0');
  return sign === '-' ? -minor : minor;
}

/** Minor units as the desk types them back ("12.50"): what the payment field is prefilled with. */
export function amountText(amountMinor: number, digits: number): string {
  const sign = amountMinor < 0 ? '-' : '';
  const absolute = Math.abs(amountMinor);
  if (digits === 0) {
    return `${sign}${absolute}`;
  }
  const scale = 10 ** digits;
  return `${sign}${Math.floor(absolute / scale)}.${String(absolute % scale).padStart(digits, '0')}`;
}
