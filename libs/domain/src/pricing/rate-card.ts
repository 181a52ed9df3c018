import type { LocalizedText } from '../inventory/inventory';
import type { CalendarDate } from '../stays/calendar-date';
import type { DateRange } from '../stays/date-range';

/** ISO weekday: 1 = Monday ... 7 = Sunday. */
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** A named period of the year; a property's seasons do not overlap. Range is half-open. */
export interface Season {
  readonly code: string;
  readonly name: LocalizedText;
  readonly range: DateRange;
}

/** The nightly price of a unit type in a season, and how many guests that price includes. */
export interface UnitTypeSeasonRate {
  readonly unitTypeCode: string;
  readonly seasonCode: string;
  readonly nightlyMinor: number;
  /**
   * Guests covered by the nightly price (a mobile home: all of them; a pitch: often none).
   * Beyond these, each guest pays the person charge of their age band; the included
   * places go to the guests whose charge is highest, so the guest always pays least.
   */
  readonly includedGuests: number;
}

/** Ages `minAge..maxAge` inclusive, on the day of arrival. */
export interface AgeBand {
  readonly code: string;
  readonly name: LocalizedText;
  readonly minAge: number;
  readonly maxAge: number;
}

/** Per guest per night, by season and age band (0 for e.g. infants). */
export interface PersonCharge {
  readonly seasonCode: string;
  readonly ageBandCode: string;
  readonly nightlyMinor: number;
}

/** Per pet and per vehicle, per night, by season. */
export interface SeasonSurcharges {
  readonly seasonCode: string;
  readonly petNightlyMinor: number;
  readonly vehicleNightlyMinor: number;
}

export type ExtraBasis = 'per-stay' | 'per-night' | 'per-person-night' | 'per-person-stay';

/** Bookable services: bed linen, final cleaning, a BBQ, early check-in... */
export interface Extra {
  readonly code: string;
  readonly name: LocalizedText;
  readonly basis: ExtraBasis;
  readonly priceMinor: number;
  /** Only offered with these unit types; empty = all. */
  readonly unitTypeCodes: readonly string[];
  /** Most of it one booking may take (for `per-stay` / `per-night`: units of it). */
  readonly maxQuantity: number;
}

/** Italian-style imposta di soggiorno: per person per night, with age exemption and a cap. */
export interface TouristTax {
  readonly perPersonNightMinor: number;
  /** Guests younger than this (on arrival) pay none. */
  readonly exemptUnderAge: number;
  /** Only the first N nights of a stay are taxed. */
  readonly maxTaxableNights: number;
}

/**
 * Stay rules apply to stays whose ARRIVAL falls in `range`, for the listed unit types
 * (empty = all). Every field is optional; all present ones must hold.
 */
export interface StayRule {
  readonly code: string;
  readonly unitTypeCodes: readonly string[];
  readonly range: DateRange;
  readonly minNights?: number;
  readonly maxNights?: number;
  readonly arrivalWeekdays?: readonly Weekday[];
  readonly departureWeekdays?: readonly Weekday[];
  readonly closedToArrival?: readonly CalendarDate[];
  readonly closedToDeparture?: readonly CalendarDate[];
}

/** Percentages in basis points: 1000 = 10 %. Discounts apply to accommodation + person charges. */
export type Discount =
  | { readonly code: string; readonly kind: 'long-stay'; readonly minNights: number; readonly basisPoints: number }
  | { readonly code: string; readonly kind: 'early-booking'; readonly minDaysBeforeArrival: number; readonly basisPoints: number };

/** Free cancellation up to `freeUntilDaysBefore` days before arrival; after that, a share of the total. */
export interface CancellationPolicy {
  readonly freeUntilDaysBefore: number;
  readonly feeBasisPoints: number;
}

/** Everything that prices a stay at one property. One version is in force at a time. */
export interface RateCard {
  readonly currency: string;
  readonly seasons: readonly Season[];
  readonly unitTypeRates: readonly UnitTypeSeasonRate[];
  readonly ageBands: readonly AgeBand[];
  readonly personCharges: readonly PersonCharge[];
  readonly surcharges: readonly SeasonSurcharges[];
  readonly extras: readonly Extra[];
  readonly touristTax: TouristTax;
  readonly stayRules: readonly StayRule[];
  readonly discounts: readonly Discount[];
  readonly cancellation: CancellationPolicy;
}
