/** Intl formatters are costly to build and the same few are used on every render. */
const formatters = new Map<string, Intl.NumberFormat>();

/** Integer minor units (cents) as the guest's locale writes them, e.g. `€ 1.234,50` in Italian. */
export function formatMoney(minor: number, currency: string, locale: string): string {
  const key = `${locale}|${currency}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, { style: 'currency', currency });
    formatters.set(key, formatter);
  }
  const digits = formatter.resolvedOptions().maximumFractionDigits ?? 2;
  return formatter.format(minor / 10 ** digits);
}
