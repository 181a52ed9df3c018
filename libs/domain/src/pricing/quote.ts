import type { Party } from '../inventory/inventory';
import type { CalendarDate } from '../stays/calendar-date';
import type { DateRange } from '../stays/date-range';

export interface ExtraChoice {
  readonly code: string;
  readonly quantity: number;
}

export interface QuoteRequest {
  readonly unitTypeCode: string;
  readonly stay: DateRange;
  readonly party: Party;
  readonly extras: readonly ExtraChoice[];
  /** The property-local date the booking is made on (early-booking discounts). */
  readonly bookedOn: CalendarDate;
}

/** Every kind of line a quote has: a folio's quoted lines are exactly these (desk charges are not). */
export const QUOTE_LINE_KINDS = ['accommodation', 'person', 'pet', 'vehicle', 'extra', 'discount', 'tourist-tax'] as const;
export type QuoteLineKind = (typeof QUOTE_LINE_KINDS)[number];

/**
 * One line of the itemised price. `amountMinor = quantity * unitMinor` except for
 * discount lines (negative, computed by percentage with half-up rounding).
 * `code` says what it is (season code, age band code, extra code, discount code).
 */
export interface QuoteLine {
  readonly kind: QuoteLineKind;
  readonly code: string;
  readonly quantity: number;
  readonly unitMinor: number;
  readonly amountMinor: number;
  /** The season this line's nights fall in, for lines priced per night. */
  readonly seasonCode?: string;
  /** Discount lines only: the rate in basis points (1000 = 10 %). */
  readonly basisPoints?: number;
  /** Discount lines only: the amount the rate was applied to (accommodation + persons). */
  readonly baseMinor?: number;
}

export interface Quote {
  readonly currency: string;
  readonly nights: number;
  readonly lines: readonly QuoteLine[];
  /** Always the sum of the lines, never negative. */
  readonly totalMinor: number;
}
