import type { CalendarDate } from '../stays/calendar-date';
import type { DateRange } from '../stays/date-range';
import { contains, eachNight } from '../stays/range-algebra';
import type { RateCard, Season, UnitTypeSeasonRate } from './rate-card';

/** The nights of a stay that fall in one season, with that season's rate for the type. */
export interface SeasonNights {
  readonly seasonCode: string;
  readonly nights: number;
  readonly rate: UnitTypeSeasonRate;
}

/** Why a night cannot be priced: no season covers it, or its season has no rate. */
export interface UnpricedNight {
  readonly night: CalendarDate;
  readonly seasonCode: string | null;
}

/** The season whose range holds `night`, or null. Seasons do not overlap, so at most one does. */
export function seasonOf(
  seasons: readonly Season[],
  night: CalendarDate,
): Season | null {
  return seasons.find((season) => contains(season.range, night)) ?? null;
}

/** The rate of a unit type in a season, or null when the card has none. */
export function rateFor(
  card: RateCard,
  unitTypeCode: string,
  seasonCode: string,
): UnitTypeSeasonRate | null {
  return (
    card.unitTypeRates.find(
      (rate) =>
        rate.unitTypeCode === unitTypeCode && rate.seasonCode === seasonCode,
    ) ?? null
  );
}

/**
 * Groups the nights of `stay` by season, in the order each season is first reached, so
 * a stay across the low/mid boundary prices each part at its own rate. Returns the
 * first night that cannot be priced instead, when there is one.
 */
export function nightsBySeason(
  card: RateCard,
  unitTypeCode: string,
  stay: DateRange,
): { readonly ok: SeasonNights[] } | { readonly unpriced: UnpricedNight } {
  const counts = new Map<
    string,
    { nights: number; rate: UnitTypeSeasonRate }
  >();
  for (const night of eachNight(stay)) {
    const season = seasonOf(card.seasons, night);
    const rate = season ? rateFor(card, unitTypeCode, season.code) : null;
    if (!season || !rate) {
      return { unpriced: { night, seasonCode: season?.code ?? null } };
    }
    const entry = counts.get(season.code);
    if (entry) {
      entry.nights += 1;
    } else {
      counts.set(season.code, { nights: 1, rate });
    }
  }
  return {
    ok: [...counts].map(([seasonCode, { nights, rate }]) => ({
      seasonCode,
      nights,
      rate,
    })),
  };
}
