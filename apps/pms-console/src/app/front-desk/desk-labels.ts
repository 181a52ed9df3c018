import type { FolioGroup, PaymentMethod, StayStatus } from '@pitchdesk/contracts';

/** Minor units as money in the page's language, with the currency's own decimals. */
export function formatMoney(amountMinor: number, currency: string, locale: string): string {
  const format = new Intl.NumberFormat(locale, { style: 'currency', currency });
  return format.format(amountMinor / 10 ** fractionDigits(currency, locale));
}

/** How many decimals the currency has (2 for EUR, 0 for JPY). */
export function fractionDigits(currency: string, locale = 'en'): number {
  return new Intl.NumberFormat(locale, { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
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

export function stayStatusLabel(status: string): string {
  switch (status as StayStatus) {
    case 'confirmed':
      return $localize`:@@front-desk.status-confirmed:Expected`;
    case 'checked-in':
      return $localize`:@@front-desk.status-checked-in:Checked in`;
    case 'checked-out':
      return $localize`:@@front-desk.status-checked-out:Checked out`;
    default:
      return status;
  }
}

export function groupLabel(group: FolioGroup): string {
  switch (group) {
    case 'nights':
      return $localize`:@@front-desk.group-nights:Nights`;
    case 'persons':
      return $localize`:@@front-desk.group-persons:Persons`;
    case 'pets':
      return $localize`:@@front-desk.group-pets:Pets`;
    case 'vehicles':
      return $localize`:@@front-desk.group-vehicles:Vehicles`;
    case 'extras':
      return $localize`:@@front-desk.group-extras:Extras`;
    case 'tourist-tax':
      return $localize`:@@front-desk.group-tourist-tax:Tourist tax`;
    case 'discounts':
      return $localize`:@@front-desk.group-discounts:Discounts`;
    case 'adjustments':
      return $localize`:@@front-desk.group-adjustments:Adjustments`;
    case 'fees':
      return $localize`:@@front-desk.group-fees:Fees`;
  }
}

export function methodLabel(method: PaymentMethod): string {
  switch (method) {
    case 'cash':
      return $localize`:@@front-desk.method-cash:Cash`;
    case 'card':
      return $localize`:@@front-desk.method-card:Card`;
    case 'bank-transfer':
      return $localize`:@@front-desk.method-bank-transfer:Bank transfer`;
    case 'online-deposit':
      return $localize`:@@front-desk.method-online-deposit:Online deposit`;
  }
}
