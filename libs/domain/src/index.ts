// The one public entry point of @pitchdesk/domain. Everything not listed here is internal.

// Stays: nights as property-local calendar dates, half-open ranges [arrival, departure).
export { StayError, StayErrorCode } from './stays/stay-error';
export type { CalendarDate } from './stays/calendar-date';
export {
  addDays,
  compareDates,
  daysBetween,
  isCalendarDate,
  parseCalendarDate,
} from './stays/calendar-date';
export type { DateRange, DateRangeInput } from './stays/date-range';
export { parseDateRange } from './stays/date-range';
export {
  contains,
  eachNight,
  intersect,
  merge,
  nights,
  overlaps,
  subtract,
} from './stays/range-algebra';

// Money: integer minor units + ISO 4217 currency.
export { MoneyError, MoneyErrorCode } from './money/money-error';
export type { CurrencyCode, Money } from './money/money';
export { money } from './money/money';
export {
  addMoney,
  multiplyMoney,
  subtractMoney,
  sumMoney,
} from './money/arithmetic';
export { RoundingMode } from './money/rounding';
export { percentage } from './money/percentage';
export { allocate, split } from './money/allocation';
