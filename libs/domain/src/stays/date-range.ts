import type { CalendarDate } from './calendar-date';
import { compareDates, parseCalendarDate } from './calendar-date';
import { StayError, StayErrorCode } from './stay-error';

/**
 * A stay as a half-open range of nights `[arrival, departure)`: the guest sleeps the
 * night of `arrival` and leaves on `departure`, so `departure` is not a night of the
 * stay. Always at least one night. Create one with {@link parseDateRange}.
 */
export interface DateRange {
  readonly arrival: CalendarDate;
  readonly departure: CalendarDate;
}

/** Unvalidated input, e.g. straight from a request body or a form. */
export interface DateRangeInput {
  readonly arrival: string;
  readonly departure: string;
}

/**
 * Validates both dates and that the stay lasts at least one night.
 * @throws {StayError} `INVALID_DATE` when either date is not a real `YYYY-MM-DD`;
 *   `DEPARTURE_NOT_AFTER_ARRIVAL` when `departure <= arrival`.
 */
export function parseDateRange(input: DateRangeInput): DateRange {
  const arrival = parseCalendarDate(input.arrival);
  const departure = parseCalendarDate(input.departure);
  if (compareDates(departure, arrival) <= 0) {
    throw new StayError(
      StayErrorCode.DEPARTURE_NOT_AFTER_ARRIVAL,
      `departure ${departure} must be after arrival ${arrival}`,
    );
  }
  return rangeOf(arrival, departure);
}

/** Internal constructor for ranges already known to be valid; frozen so nobody edits one in place. */
export function rangeOf(
  arrival: CalendarDate,
  departure: CalendarDate,
): DateRange {
  return Object.freeze({ arrival, departure });
}
