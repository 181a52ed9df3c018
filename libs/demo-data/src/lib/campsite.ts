import type { CalendarDate } from '@pitchdesk/domain';
import type { RateCard, Unit, UnitType } from '@pitchdesk/domain';
import type { DemoBooking } from './bookings';
import { generateBookings } from './bookings';
import { demoUuid } from './prng';
import { demoRateCard } from './rate-card';
import { demoUnitTypes } from './unit-types';
import { demoUnits } from './units';

/** The year the demo data describes unless told otherwise: a fixed default keeps it deterministic. */
export const DEMO_YEAR = 2026;

/** The demo property. */
export interface DemoProperty {
  readonly id: string;
  readonly slug: string;
  readonly name: string;
  /** IANA zone the property's calendar dates are local to. */
  readonly timeZone: string;
  readonly currency: string;
}

/** Everything that describes the demo campsite, before any booking. */
export interface DemoCampsite {
  readonly property: DemoProperty;
  readonly unitTypes: UnitType[];
  readonly units: Unit[];
  readonly rateCard: RateCard;
}

/**
 * Camping Lago Verde: 6 unit types, 300 units on a 600 x 400 m map and a rate card for
 * `year` (1 January to 1 January), open from `openFrom` when that is earlier (see
 * demoRateCard). Same seed, year and opening, same data, ids included.
 */
export function demoCampsite(seed = 1, year = DEMO_YEAR, openFrom?: CalendarDate): DemoCampsite {
  const unitTypes = demoUnitTypes(seed);
  return {
    property: {
      id: demoUuid(seed, 'property', 0),
      slug: 'lago-verde',
      name: 'Camping Lago Verde',
      timeZone: 'Europe/Rome',
      currency: 'EUR',
    },
    unitTypes,
    units: demoUnits(seed, unitTypes),
    rateCard: demoRateCard(year, openFrom),
  };
}

/**
 * `count` bookings of the demo campsite over `year`, densest in July and August: never
 * two on the same unit-night, each within the unit's capacity and the stay rules.
 * @throws {Error} when `count` bookings cannot be fitted into the year.
 */
export function demoBookings(
  seed = 1,
  count = 2000,
  year = DEMO_YEAR,
): DemoBooking[] {
  return generateBookings(seed, count, year, demoCampsite(seed, year));
}
