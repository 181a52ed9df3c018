import type { ReservationChannel, ReservationStatusName } from '@pitchdesk/contracts';

/** Minor units as money in the page's language; the currency's own decimals (2 for EUR, 0 for JPY). */
export function formatMinor(amountMinor: number, currency: string, locale: string): string {
  const format = new Intl.NumberFormat(locale, { style: 'currency', currency });
  const digits = format.resolvedOptions().maximumFractionDigits ?? 2;
  return format.format(amountMinor / 10 ** digits);
}

/** A money amount typed by staff ("45", "45,50", "45.5") in minor units; null when it is not one. */
export function parseMajor(text: string, digits = 2): number | null {
  const normalised = text.trim().replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(normalised)) {
    return null;
  }
  const [whole = '0', fraction = ''] = normalised.replace('-', '').split('.');
  if (fraction.length > digits) {
    return null;
  }
  const minor = Number(whole) * 10 ** digits + Number(fraction.padEnd(digits, '0') || '0');
  return normalised.startsWith('-') ? -minor : minor;
}

export function statusLabel(status: ReservationStatusName): string {
  switch (status) {
    case 'held':
      return $localize`:@@reservations.status-held:Held`;
    case 'confirmed':
      return $localize`:@@reservations.status-confirmed:Confirmed`;
    case 'checked-in':
      return $localize`:@@reservations.status-checked-in:Checked in`;
    case 'checked-out':
      return $localize`:@@reservations.status-checked-out:Checked out`;
    case 'cancelled':
      return $localize`:@@reservations.status-cancelled:Cancelled`;
  }
}

export function channelLabel(channel: ReservationChannel): string {
  switch (channel) {
    case 'online':
      return $localize`:@@reservations.channel-online:Online`;
    case 'phone':
      return $localize`:@@reservations.channel-phone:Phone`;
    case 'walk-in':
      return $localize`:@@reservations.channel-walk-in:Walk-in`;
  }
}
