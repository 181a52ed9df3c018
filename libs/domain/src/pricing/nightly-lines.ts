import type { Party } from '../inventory/inventory';
import { PricingError, PricingErrorCode } from './pricing-error';
import type { QuoteLine } from './quote';
import { checkedPrice, priceLine } from './quote-line';
import type { AgeBand, RateCard } from './rate-card';
import type { SeasonNights } from './season-nights';

function missing(what: string): PricingError {
  return new PricingError(PricingErrorCode.INVALID_RATE_CARD, what);
}

function personNightly(
  card: RateCard,
  seasonCode: string,
  band: AgeBand,
): number {
  const charge = card.personCharges.find(
    (c) => c.seasonCode === seasonCode && c.ageBandCode === band.code,
  );
  if (!charge) {
    throw missing(
      `no person charge for band ${band.code} in season ${seasonCode}`,
    );
  }
  return checkedPrice(
    charge.nightlyMinor,
    `person charge ${band.code}/${seasonCode}`,
  );
}

/** One accommodation line per season. */
export function accommodationLines(
  card: RateCard,
  segments: readonly SeasonNights[],
): QuoteLine[] {
  return segments.map((s) =>
    priceLine(
      card.currency,
      'accommodation',
      s.seasonCode,
      s.nights,
      checkedPrice(
        s.rate.nightlyMinor,
        `rate ${s.rate.unitTypeCode}/${s.seasonCode}`,
      ),
      s.seasonCode,
    ),
  );
}

/**
 * Person lines per season and age band (card order). In each season the nightly price
 * includes `includedGuests` places; they go to the guests with the highest charge in
 * that season, so the guest pays the least. Bands with no paying guest get no line.
 */
export function personLines(
  card: RateCard,
  segments: readonly SeasonNights[],
  guests: readonly AgeBand[],
): QuoteLine[] {
  return segments.flatMap((s) => {
    const priced = guests
      .map((band, index) => ({
        band,
        index,
        nightly: personNightly(card, s.seasonCode, band),
      }))
      // Highest charge first; the index keeps equal charges in a fixed order.
      .sort((a, b) => b.nightly - a.nightly || a.index - b.index);
    const paying = priced.slice(Math.max(0, s.rate.includedGuests));
    return card.ageBands.flatMap((band) => {
      const count = paying.filter((g) => g.band.code === band.code).length;
      return count === 0
        ? []
        : [
            priceLine(
              card.currency,
              'person',
              band.code,
              count * s.nights,
              personNightly(card, s.seasonCode, band),
              s.seasonCode,
            ),
          ];
    });
  });
}

/** Pet lines then vehicle lines, one per season, when the party brings any. */
export function petAndVehicleLines(
  card: RateCard,
  segments: readonly SeasonNights[],
  party: Party,
): QuoteLine[] {
  const surchargeOf = (seasonCode: string) => {
    const found = card.surcharges.find((x) => x.seasonCode === seasonCode);
    if (!found) {
      throw missing(`no pet/vehicle surcharges for season ${seasonCode}`);
    }
    return found;
  };
  // Pets and vehicles are priced alike: a count per night at the season's surcharge.
  const perNight = (
    kind: 'pet' | 'vehicle',
    count: number,
    price: (seasonCode: string) => number,
  ) =>
    count === 0
      ? []
      : segments.map((s) =>
          priceLine(
            card.currency,
            kind,
            s.seasonCode,
            count * s.nights,
            checkedPrice(price(s.seasonCode), `${kind} surcharge`),
            s.seasonCode,
          ),
        );
  return [
    ...perNight(
      'pet',
      party.pets,
      (season) => surchargeOf(season).petNightlyMinor,
    ),
    ...perNight(
      'vehicle',
      party.vehicles,
      (season) => surchargeOf(season).vehicleNightlyMinor,
    ),
  ];
}
