import type { Party, Unit, UnitType } from '../inventory/inventory';
import { guestBands, partySize } from '../pricing/party-bands';
import type { Quote } from '../pricing/quote';
import { quoteStay } from '../pricing/quote-stay';
import type { RateCard } from '../pricing/rate-card';
import type { CalendarDate } from '../stays/calendar-date';
import type { DateRange } from '../stays/date-range';
import type { RuleViolation } from './rule-violation';
import { checkStayRules } from './stay-rules';
import { unitAccepts } from './unit-accepts';
import type { UnitFilters } from './unit-filters';
import { unitMatches } from './unit-filters';

/** What a search needs: the catalogue, the prices, the stay and who is coming. */
export interface AvailabilitySearch {
  readonly unitTypes: readonly UnitType[];
  readonly units: readonly Unit[];
  readonly rateCard: RateCard;
  readonly stay: DateRange;
  readonly party: Party;
  /** Property-local date of the search, for early-booking discounts. */
  readonly bookedOn: CalendarDate;
  readonly filters: UnitFilters;
  /** Units with a live hold or booking on any night of the stay. */
  readonly takenUnitIds: ReadonlySet<string>;
  /**
   * Prices a unit type for this stay and party without extras; defaults to
   * {@link quoteStay}. Prices do not depend on availability, so a caller may pass a
   * memoised one and skip re-pricing when only the taken units changed.
   */
  readonly priceType?: (unitTypeCode: string) => Quote;
}

/** One unit type in a search result. */
export interface UnitTypeAvailability {
  readonly unitType: UnitType;
  /** Why the type cannot be booked for this stay and party; empty when nothing is wrong. */
  readonly violations: RuleViolation[];
  /** The price without extras, or null when a stay rule fails (nothing to price). */
  readonly quote: Quote | null;
  /** Units of the type that match the filters, take the party and are free every night. */
  readonly freeUnits: Unit[];
  /** No violations and at least one free unit. */
  readonly available: boolean;
}

/** Party-vs-type problems: over the type's capacity, or pets/vehicles no unit of it takes. */
function typeViolations(
  type: UnitType,
  units: readonly Unit[],
  party: Party,
): RuleViolation[] {
  const found: RuleViolation[] = [];
  if (partySize(party) > type.maxGuests) {
    found.push({
      code: 'TOO_MANY_GUESTS',
      params: { maxGuests: type.maxGuests },
    });
  }
  if (party.pets > 0 && !units.some((u) => u.attributes.petsAllowed)) {
    found.push({ code: 'PETS_NOT_ALLOWED', params: {} });
  }
  if (
    party.vehicles > 0 &&
    units.every((u) => u.attributes.maxVehicleLengthM === null)
  ) {
    found.push({ code: 'NO_VEHICLE_SPACE', params: {} });
  }
  return found;
}

/**
 * Searches every unit type (those named by `filters.unitTypeCodes`, when given) for
 * the stay and party. Per type: the stay-rule and party violations, a quote without
 * extras whenever the stay rules pass, and the specific free units for the map.
 * Sorted available first, then by total price (unpriced last); ties keep catalogue
 * order. Inputs are never mutated.
 * @throws {PricingError} `INVALID_PARTY` for an impossible party (zero adults, a
 *   negative count, a child's age in no band): a client mistake, not "unavailable".
 */
export function searchAvailability(
  input: AvailabilitySearch,
): UnitTypeAvailability[] {
  const { rateCard, stay, party, filters } = input;
  guestBands(rateCard, party);
  const priceType =
    input.priceType ??
    ((unitTypeCode: string) =>
      quoteStay(rateCard, { unitTypeCode, stay, party, extras: [], bookedOn: input.bookedOn }));
  const codes = filters.unitTypeCodes ?? [];
  const results = input.unitTypes
    .filter((type) => codes.length === 0 || codes.includes(type.code))
    .map((unitType): UnitTypeAvailability => {
      const ofType = input.units.filter(
        (unit) => unit.unitTypeId === unitType.id,
      );
      const stayViolations = checkStayRules(rateCard, unitType.code, stay);
      const violations = [
        ...stayViolations,
        ...typeViolations(unitType, ofType, party),
      ];
      const quote = stayViolations.length === 0 ? priceType(unitType.code) : null;
      const freeUnits = ofType.filter(
        (unit) =>
          !input.takenUnitIds.has(unit.id) &&
          unitMatches(unit, filters, unitType.code) &&
          unitAccepts(unit, party).length === 0,
      );
      return {
        unitType,
        violations,
        quote,
        freeUnits,
        available: violations.length === 0 && freeUnits.length > 0,
      };
    });
  // `results` is our own array; sort is stable, so ties keep catalogue order.
  // Unpriced types sort after every priced one (no quote exceeds 2^53 minor units).
  const price = (r: UnitTypeAvailability) =>
    r.quote?.totalMinor ?? Number.MAX_SAFE_INTEGER;
  return results.sort(
    (a, b) => Number(b.available) - Number(a.available) || price(a) - price(b),
  );
}
