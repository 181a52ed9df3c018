import type {
  CalendarDate,
  DateRange,
  Party,
  RateCard,
  Unit,
  UnitType,
} from '@pitchdesk/domain';
import {
  addDays,
  checkStayRules,
  compareDates,
  daysBetween,
  overlaps,
  parseDateRange,
  unitAccepts,
  weekdayOf,
} from '@pitchdesk/domain';
import type { DemoGuest } from './guests';
import { demoGuest } from './guests';
import type { Rng } from './prng';
import { demoUuid, rngFor } from './prng';
import { demoCalendar } from './rate-card';

/** A confirmed demo booking of one unit. */
export interface DemoBooking {
  readonly id: string;
  readonly unitId: string;
  readonly stay: DateRange;
  readonly party: Party;
  readonly guest: DemoGuest;
  /** When it was booked (property-local), before arrival. */
  readonly bookedOn: CalendarDate;
}

// Relative arrival density by month: a lake campsite is full in July and August.
const MONTH_WEIGHTS = [1, 1, 2, 4, 5, 9, 15, 16, 7, 3, 1, 2];
const PITCH_NIGHTS = [1, 2, 2, 3, 3, 3, 4, 5, 7, 7, 7, 10, 14];
const RENTAL_NIGHTS = [2, 3, 3, 4, 5, 7, 7, 7, 14];

function arrivalIn(rng: Rng, year: number): CalendarDate {
  const { date } = demoCalendar(year);
  const month = rng.weighted(MONTH_WEIGHTS.map((w, i) => [i + 1, w] as const));
  const first = date(month, 1);
  const monthLength = daysBetween(
    first,
    month === 12 ? date(1, 1, year + 1) : date(month + 1, 1),
  );
  return addDays(first, rng.int(0, monthLength - 1));
}

/** A stay shaped to the type's rules: rentals go Saturday to Saturday in peak season. */
function stayFor(rng: Rng, type: UnitType, year: number): DateRange {
  const { peakStart, peakEnd } = demoCalendar(year);
  let arrival = arrivalIn(rng, year);
  let nights = rng.pick(type.kind === 'pitch' ? PITCH_NIGHTS : RENTAL_NIGHTS);
  const inPeak =
    daysBetween(peakStart, arrival) >= 0 && daysBetween(arrival, peakEnd) > 0;
  if (type.kind !== 'pitch' && inPeak) {
    arrival = addDays(arrival, -((weekdayOf(arrival) + 1) % 7)); // back to Saturday
    nights = rng.chance(0.8) ? 7 : 14;
  }
  return parseDateRange({ arrival, departure: addDays(arrival, nights) });
}

function partyFor(rng: Rng, unit: Unit): Party {
  const a = unit.attributes;
  const size = Math.min(
    a.maxGuests,
    rng.weighted([
      [1, 1],
      [2, 6],
      [3, 3],
      [4, 5],
      [5, 2],
      [6, 1],
    ] as const),
  );
  const adults =
    size === 1 ? 1 : rng.chance(0.85) ? 2 : Math.min(size, rng.int(1, 4));
  return {
    adults,
    childrenAges: Array.from({ length: size - adults }, () => rng.int(0, 17)),
    pets:
      a.petsAllowed && rng.chance(0.3)
        ? rng.weighted([
            [1, 5],
            [2, 1],
          ] as const)
        : 0,
    vehicles: a.maxVehicleLengthM !== null && rng.chance(0.9) ? 1 : 0,
  };
}

/**
 * Books `count` stays at random over the year, denser in summer. Each candidate must
 * pass the stay rules and the unit's capacity and may not overlap a stay already on
 * that unit; candidates that fail are redrawn, so the result is conflict-free by
 * construction. Returned sorted by arrival, then unit code.
 */
export function generateBookings(
  seed: number,
  count: number,
  year: number,
  site: {
    readonly unitTypes: readonly UnitType[];
    readonly units: readonly Unit[];
    readonly rateCard: RateCard;
  },
): DemoBooking[] {
  const rng = rngFor(seed, `bookings/${year}`);
  const typeById = new Map(site.unitTypes.map((t) => [t.id, t]));
  const perUnit = new Map<string, DateRange[]>();
  const drafts: Omit<DemoBooking, 'id' | 'guest'>[] = [];
  const maxAttempts = count * 50;
  for (
    let attempt = 0;
    drafts.length < count && attempt < maxAttempts;
    attempt++
  ) {
    const unit = rng.pick(site.units);
    const type = typeById.get(unit.unitTypeId);
    if (!type) {
      throw new Error(`unit ${unit.code} has an unknown type`);
    }
    const stay = stayFor(rng, type, year);
    const party = partyFor(rng, unit);
    const taken = perUnit.get(unit.id) ?? [];
    if (
      checkStayRules(site.rateCard, type.code, stay).length > 0 ||
      unitAccepts(unit, party).length > 0 ||
      taken.some((other) => overlaps(other, stay))
    ) {
      continue;
    }
    perUnit.set(unit.id, [...taken, stay]);
    drafts.push({
      unitId: unit.id,
      stay,
      party,
      bookedOn: addDays(stay.arrival, -rng.int(1, 180)),
    });
  }
  if (drafts.length < count) {
    throw new Error(
      `only ${drafts.length} of ${count} demo bookings fit in ${year}`,
    );
  }
  // Plain code-point order, not localeCompare: the order must not depend on ICU data.
  const codeOf = new Map(site.units.map((u) => [u.id, u.code]));
  const byCode = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  return [...drafts]
    .sort(
      (x, y) =>
        compareDates(x.stay.arrival, y.stay.arrival) ||
        byCode(codeOf.get(x.unitId) ?? '', codeOf.get(y.unitId) ?? ''),
    )
    .map((draft, index) => ({
      id: demoUuid(seed, `booking/${year}`, index),
      ...draft,
      guest: demoGuest(rng, index),
    }));
}
