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

// Inventory, rate cards and quotes: the shapes the API, the UIs and the pricing share.
export type {
  Locale,
  LocalizedText,
  MapShape,
  Party,
  Shade,
  Unit,
  UnitAttributes,
  UnitKind,
  UnitType,
} from './inventory/inventory';
export type {
  AgeBand,
  CancellationPolicy,
  Discount,
  Extra,
  ExtraBasis,
  PersonCharge,
  RateCard,
  Season,
  SeasonSurcharges,
  StayRule,
  TouristTax,
  UnitTypeSeasonRate,
  Weekday,
} from './pricing/rate-card';
export type {
  ExtraChoice,
  Quote,
  QuoteLine,
  QuoteLineKind,
  QuoteRequest,
} from './pricing/quote';
export type {
  RuleViolation,
  RuleViolationCode,
} from './availability/rule-violation';

// Pricing: itemised quotes in integer minor units, cancellation terms, rate-card checks.
export { PricingError, PricingErrorCode } from './pricing/pricing-error';
export { quoteStay } from './pricing/quote-stay';
export { QUOTE_LINE_KINDS } from './pricing/quote';
export { extraLines } from './pricing/extra-lines';
export type { CancellationTerms } from './pricing/cancellation';
export { cancellationTerms } from './pricing/cancellation';
export { weekdayOf } from './pricing/weekday';
export { validateRateCard } from './rate-card-validation/validate-rate-card';

// Availability: stay rules, what a unit takes, and the search over a catalogue.
export { checkStayRules } from './availability/stay-rules';
export { unitAccepts } from './availability/unit-accepts';
export type { UnitFilters } from './availability/unit-filters';
export { unitMatches } from './availability/unit-filters';
export type {
  AvailabilitySearch,
  UnitTypeAvailability,
} from './availability/search-availability';
export { searchAvailability } from './availability/search-availability';
export { explainViolation } from './availability/explain-violation';
