import type { CalendarDate, RateCard } from '@pitchdesk/domain';

/** Where the picker opens when nothing is chosen: today, or the first day the rate card prices. */
export function firstOfferedDay(card: RateCard | null, today: CalendarDate): CalendarDate {
  const starts = (card?.seasons ?? [])
    .filter((season) => season.range.departure > today)
    .map((season) => (season.range.arrival > today ? season.range.arrival : today));
  return starts.reduce<CalendarDate>((first, start) => (start < first ? start : first), starts[0] ?? today);
}

/** Every unit type code the rate card prices, in card order: the picker's types before the catalogue loads. */
export function pricedTypeCodes(card: RateCard): string[] {
  return [...new Set(card.unitTypeRates.map((rate) => rate.unitTypeCode))];
}
