import { currencyFormat } from '../common/intl-formats';

/** Minor units as people read them in `locale` ("€ 12,50", "€12.50"), with the currency's own decimals. */
export function formatMinor(locale: string, currency: string, amountMinor: number): string {
  const format = currencyFormat(locale, currency);
  const digits = format.resolvedOptions().maximumFractionDigits ?? 2;
  return format.format(amountMinor / 10 ** digits);
}
