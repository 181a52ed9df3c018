import type { Party } from '../inventory/inventory';
import { PricingError, PricingErrorCode } from './pricing-error';
import type { AgeBand, RateCard } from './rate-card';

function invalidParty(message: string): PricingError {
  return new PricingError(PricingErrorCode.INVALID_PARTY, message);
}

function assertCount(value: number, what: string, min: number): void {
  if (!Number.isSafeInteger(value) || value < min) {
    throw invalidParty(`${what} must be an integer >= ${min}, got ${value}`);
  }
}

/**
 * The band adults are priced in: the one reaching the highest age. Adults come as a
 * count without ages, and whatever the card calls its oldest band is where they belong.
 */
export function adultBand(card: RateCard): AgeBand {
  const [first, ...rest] = card.ageBands;
  if (!first) {
    throw new PricingError(
      PricingErrorCode.INVALID_RATE_CARD,
      'the rate card has no age bands',
    );
  }
  return rest.reduce(
    (best, band) => (band.maxAge > best.maxAge ? band : best),
    first,
  );
}

/** The band holding `age`, or null. */
export function bandOfAge(card: RateCard, age: number): AgeBand | null {
  return (
    card.ageBands.find((band) => band.minAge <= age && age <= band.maxAge) ??
    null
  );
}

/**
 * Checks the party and returns the age band of every guest, adults first then children
 * in the order given.
 * @throws {PricingError} `INVALID_PARTY` for negative or fractional counts or ages,
 *   zero adults, or a child's age in no band.
 */
export function guestBands(card: RateCard, party: Party): AgeBand[] {
  assertCount(party.adults, 'adults', 1);
  assertCount(party.pets, 'pets', 0);
  assertCount(party.vehicles, 'vehicles', 0);
  const adult = adultBand(card);
  const children = party.childrenAges.map((age) => {
    assertCount(age, 'a child age', 0);
    const band = bandOfAge(card, age);
    if (!band) {
      throw invalidParty(`no age band for a child aged ${age}`);
    }
    return band;
  });
  return [...new Array<AgeBand>(party.adults).fill(adult), ...children];
}

/** Guests in the party: adults plus children (infants included: they take a place too). */
export function partySize(party: Party): number {
  return party.adults + party.childrenAges.length;
}
