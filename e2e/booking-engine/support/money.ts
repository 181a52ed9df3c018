/** Minor units as the guest's locale writes them, as the booking engine and its mails do. */
export function formatMinor(amountMinor: number, currency: string, locale: string): string {
  const format = new Intl.NumberFormat(locale, { style: 'currency', currency });
  return format.format(amountMinor / 10 ** (format.resolvedOptions().maximumFractionDigits ?? 2));
}

/**
 * The whole text of an element showing this amount and nothing else. Node's and Chromium's
 * ICU may put a space, a no-break or a narrow no-break space between number and symbol.
 */
export function exactAmount(amountMinor: number, currency: string, locale: string): RegExp {
  const parts = formatMinor(amountMinor, currency, locale)
    .split(/[\s\u00a0\u202f]+/)
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^\\s*${parts.join('[\\s\\u00a0\\u202f]+')}\\s*$`);
}
