import { money } from '../money/money';
import { percentage } from '../money/percentage';
import { RoundingMode } from '../money/rounding';
import type { CalendarDate } from '../stays/calendar-date';
import { addDays, compareDates } from '../stays/calendar-date';
import type { CancellationPolicy } from './rate-card';

/** What cancelling costs on a given day. */
export interface CancellationTerms {
  /** Whether cancelling `today` costs nothing. */
  readonly free: boolean;
  /** The fee for cancelling `today`, in minor units: 0 while free. */
  readonly feeMinor: number;
  /** The last day (property-local) a cancellation is free. */
  readonly freeUntil: CalendarDate;
}

/**
 * Cancellation terms for a booking of `totalMinor` arriving on `arrival`, asked on
 * `today` (property-local). Free up to and including `freeUntilDaysBefore` days before
 * arrival; after that the fee is `feeBasisPoints` of the total, rounded half-up.
 */
export function cancellationTerms(
  policy: CancellationPolicy,
  totalMinor: number,
  arrival: CalendarDate,
  today: CalendarDate,
): CancellationTerms {
  const freeUntil = addDays(arrival, -policy.freeUntilDaysBefore);
  const free = compareDates(today, freeUntil) <= 0;
  // The currency does not change the arithmetic; 'XXX' is ISO 4217's "no currency".
  const feeMinor = free
    ? 0
    : percentage(
        money(totalMinor, 'XXX'),
        policy.feeBasisPoints,
        RoundingMode.HALF_UP,
      ).amountMinor;
  return { free, feeMinor, freeUntil };
}
