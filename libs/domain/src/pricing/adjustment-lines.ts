import { money } from '../money/money';
import { percentage } from '../money/percentage';
import { RoundingMode } from '../money/rounding';
import type { Party } from '../inventory/inventory';
import type { CalendarDate } from '../stays/calendar-date';
import { daysBetween } from '../stays/calendar-date';
import type { DateRange } from '../stays/date-range';
import type { QuoteLine } from './quote';
import { checkedPrice, priceLine } from './quote-line';
import type { Discount, RateCard } from './rate-card';

function applies(
  discount: Discount,
  nights: number,
  stay: DateRange,
  bookedOn: CalendarDate,
): boolean {
  switch (discount.kind) {
    case 'long-stay':
      return nights >= discount.minNights;
    case 'early-booking':
      return (
        daysBetween(bookedOn, stay.arrival) >= discount.minDaysBeforeArrival
      );
  }
}

/**
 * Discount lines, in card order. Each applicable discount is a share of the same base
 * (accommodation + person lines), rounded half-up, never stacked on one another. Their
 * sum is capped at the base so a quote can never go negative whatever the card says.
 */
export function discountLines(
  card: RateCard,
  baseMinor: number,
  nights: number,
  stay: DateRange,
  bookedOn: CalendarDate,
): QuoteLine[] {
  let left = baseMinor;
  return card.discounts.flatMap((discount) => {
    if (!applies(discount, nights, stay, bookedOn)) {
      return [];
    }
    const bp = checkedPrice(discount.basisPoints, `discount ${discount.code}`);
    const off = Math.min(
      left,
      percentage(money(baseMinor, card.currency), bp, RoundingMode.HALF_UP)
        .amountMinor,
    );
    left -= off;
    // -0 would deep-equal badly against 0 in tests and JSON consumers.
    const amountMinor = off === 0 ? 0 : -off;
    return [
      {
        kind: 'discount',
        code: discount.code,
        quantity: 1,
        unitMinor: amountMinor,
        amountMinor,
        basisPoints: bp,
        baseMinor,
      },
    ];
  });
}

/**
 * The tourist tax line: every adult and every child at least `exemptUnderAge` on
 * arrival, for the first `maxTaxableNights` nights. Never discounted.
 */
export function touristTaxLines(
  card: RateCard,
  party: Party,
  nights: number,
): QuoteLine[] {
  const tax = card.touristTax;
  const taxable =
    party.adults +
    party.childrenAges.filter((age) => age >= tax.exemptUnderAge).length;
  const taxedNights = Math.min(nights, Math.max(0, tax.maxTaxableNights));
  const quantity = taxable * taxedNights;
  return quantity === 0
    ? []
    : [
        priceLine(
          card.currency,
          'tourist-tax',
          'tourist-tax',
          quantity,
          checkedPrice(tax.perPersonNightMinor, 'tourist tax'),
        ),
      ];
}
