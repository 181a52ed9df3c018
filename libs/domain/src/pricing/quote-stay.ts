import { nights as nightsOf } from '../stays/range-algebra';
import { discountLines, touristTaxLines } from './adjustment-lines';
import { extraLines } from './extra-lines';
import {
  accommodationLines,
  personLines,
  petAndVehicleLines,
} from './nightly-lines';
import { guestBands } from './party-bands';
import { PricingError, PricingErrorCode } from './pricing-error';
import type { Quote, QuoteRequest } from './quote';
import type { RateCard } from './rate-card';
import { nightsBySeason } from './season-nights';

const sum = (amounts: readonly number[]): number =>
  amounts.reduce((a, b) => a + b, 0);

/**
 * Prices a stay as an itemised quote in integer minor units. Pure and deterministic:
 * the browser and the server get the same lines for the same input.
 *
 * Line order: accommodation per season; persons per season and age band; pets per
 * season; vehicles per season; extras (rate-card order); discounts (rate-card order, a
 * half-up share of accommodation + persons, never more than that base); tourist tax
 * last, never discounted. Seasons appear in the order the stay reaches them. Adults are
 * priced in the oldest age band; children by their age on arrival.
 *
 * Stay rules (minimum stay, arrival days) are not checked here: see `checkStayRules`.
 * @throws {PricingError} `UNKNOWN_UNIT_TYPE`, `NO_RATE_FOR_NIGHT`, `UNKNOWN_EXTRA`,
 *   `EXTRA_NOT_OFFERED`, `EXTRA_QUANTITY_INVALID`, `INVALID_PARTY`, `INVALID_RATE_CARD`.
 */
export function quoteStay(card: RateCard, request: QuoteRequest): Quote {
  const { unitTypeCode, stay, party } = request;
  if (!card.unitTypeRates.some((rate) => rate.unitTypeCode === unitTypeCode)) {
    throw new PricingError(
      PricingErrorCode.UNKNOWN_UNIT_TYPE,
      `the rate card has no rates for unit type "${unitTypeCode}"`,
    );
  }
  const guests = guestBands(card, party);
  const bySeason = nightsBySeason(card, unitTypeCode, stay);
  if ('unpriced' in bySeason) {
    throw new PricingError(
      PricingErrorCode.NO_RATE_FOR_NIGHT,
      `no rate for ${unitTypeCode} on the night of ${bySeason.unpriced.night}`,
    );
  }
  const segments = bySeason.ok;
  const nights = nightsOf(stay);

  const accommodation = accommodationLines(card, segments);
  const persons = personLines(card, segments, guests);
  const base = sum(
    [...accommodation, ...persons].map((line) => line.amountMinor),
  );
  const lines = [
    ...accommodation,
    ...persons,
    ...petAndVehicleLines(card, segments, party),
    ...extraLines(card, unitTypeCode, request.extras, nights, guests.length),
    ...discountLines(card, base, nights, stay, request.bookedOn),
    ...touristTaxLines(card, party, nights),
  ];
  return {
    currency: card.currency,
    nights,
    lines,
    totalMinor: sum(lines.map((line) => line.amountMinor)),
  };
}
