import type { ReservationChannel, ReservationStatusName } from '@pitchdesk/contracts';

/** Minor units as money in the page's language; the currency's own decimals (2 for EUR, 0 for JPY). */
export { formatMoney as formatMinor } from '../core/money';

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
