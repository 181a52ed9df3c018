import { FOLIO_GROUPS } from '@pitchdesk/contracts';
import type { Folio, FolioGroup, FolioLine, FolioPayment } from '@pitchdesk/contracts';
import { money, QUOTE_LINE_KINDS, subtractMoney, sumMoney } from '@pitchdesk/domain';
import type { DeskStay } from './desk-stay';

/** A line added at the desk: an extra of the rate card, or an admin's adjustment with its reason. */
export const DESK_EXTRA_KIND = 'desk-extra';
export const DESK_ADJUSTMENT_KIND = 'desk-adjustment';

/** A folio line as stored. */
export interface StoredFolioLine {
  readonly id: string;
  readonly kind: string;
  readonly code: string;
  readonly quantity: number;
  readonly unitMinor: number;
  readonly amountMinor: number;
  readonly description: string | null;
  readonly createdBy: string | null;
}

/** The folio group of a stored kind; a kind this code does not know shows with the fees rather than vanishing. */
export function groupOf(kind: string): FolioGroup {
  switch (kind) {
    case 'accommodation':
      return 'nights';
    case 'person':
      return 'persons';
    case 'pet':
      return 'pets';
    case 'vehicle':
      return 'vehicles';
    case 'extra':
    case DESK_EXTRA_KIND:
      return 'extras';
    case 'tourist-tax':
      return 'tourist-tax';
    case 'discount':
      return 'discounts';
    case DESK_ADJUSTMENT_KIND:
      return 'adjustments';
    default:
      return 'fees';
  }
}

export function toFolioLine(line: StoredFolioLine): FolioLine {
  return {
    ...line,
    group: groupOf(line.kind),
    source: (QUOTE_LINE_KINDS as readonly string[]).includes(line.kind) ? 'quote' : 'desk',
  };
}

/**
 * The folio: lines grouped in the order guests read a bill (nights first, fees last),
 * payments in the order taken, and the balance. Sums go through the money arithmetic, so
 * a currency mix-up or an overflow fails loudly instead of printing a wrong total.
 */
export function folioOf(stay: DeskStay, lines: readonly StoredFolioLine[], payments: readonly FolioPayment[]): Folio {
  const currency = stay.currency;
  const folioLines = lines.map(toFolioLine);
  const groups = FOLIO_GROUPS.map((group) => {
    const inGroup = folioLines.filter((line) => line.group === group);
    return { group, lines: inGroup, totalMinor: sumMoney(inGroup.map((line) => money(line.amountMinor, currency)), currency).amountMinor };
  }).filter((group) => group.lines.length > 0);
  const total = sumMoney(folioLines.map((line) => money(line.amountMinor, currency)), currency);
  const paid = sumMoney(payments.map((payment) => money(payment.amountMinor, payment.currency)), currency);
  return {
    reservationId: stay.id,
    reference: stay.reference,
    status: stay.status,
    guestName: stay.guestName,
    unitCode: stay.unitCode,
    unitTypeCode: stay.unitTypeCode,
    arrival: stay.arrival,
    departure: stay.departure,
    currency,
    groups,
    payments,
    totalMinor: total.amountMinor,
    paidMinor: paid.amountMinor,
    balanceMinor: subtractMoney(total, paid).amountMinor,
  };
}
