import type { FolioGroup, PaymentMethod, StayStatus } from '@pitchdesk/contracts';

export { amountText, formatMoney, fractionDigits, parseAmount } from '../core/money';

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
