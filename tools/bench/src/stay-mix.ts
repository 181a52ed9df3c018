/** Deterministic stays and parties for the load: same seed and year, same requests. */

export interface Stay {
  readonly arrival: string;
  readonly departure: string;
}

export interface Party {
  readonly adults: number;
  readonly childrenAges: readonly number[];
  readonly pets: number;
  readonly vehicles: number;
}

/** A unit-stay that was free when the run began: one hold+book sequence. */
export interface Slot extends Stay {
  readonly unitId: string;
}

/** mulberry32: tiny, seedable, good enough to spread load (not for anything secret). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** `YYYY-MM-DD` plus whole days, in UTC calendar arithmetic (no time zone can shift it). */
export function addDays(date: string, days: number): string {
  const time = Date.parse(`${date}T00:00:00Z`);
  if (Number.isNaN(time)) {
    throw new Error(`not a date: ${date}`);
  }
  return new Date(time + days * 86_400_000).toISOString().slice(0, 10);
}

// Weighted like a booking engine's traffic: couples and families dominate.
const PARTIES: readonly Party[] = [
  { adults: 2, childrenAges: [], pets: 0, vehicles: 1 },
  { adults: 2, childrenAges: [], pets: 0, vehicles: 1 },
  { adults: 2, childrenAges: [6, 9], pets: 0, vehicles: 1 },
  { adults: 2, childrenAges: [6, 9], pets: 0, vehicles: 1 },
  { adults: 2, childrenAges: [1, 4, 12], pets: 0, vehicles: 1 },
  { adults: 2, childrenAges: [], pets: 1, vehicles: 1 },
  { adults: 1, childrenAges: [], pets: 0, vehicles: 0 },
  { adults: 4, childrenAges: [], pets: 0, vehicles: 2 },
  { adults: 2, childrenAges: [15], pets: 1, vehicles: 1 },
];
const STAY_NIGHTS: readonly number[] = [2, 3, 3, 4, 5, 7, 7, 7, 10, 14];

function pick<T>(random: () => number, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) {
    throw new Error('pick from an empty list');
  }
  return item;
}

/** Query string of `GET /availability` for a stay and party. */
export function availabilityQuery(stay: Stay, party: Party): string {
  const params = new URLSearchParams({ arrival: stay.arrival, departure: stay.departure, adults: String(party.adults) });
  if (party.childrenAges.length > 0) {
    params.set('children', party.childrenAges.join(','));
  }
  if (party.pets > 0) {
    params.set('pets', String(party.pets));
  }
  if (party.vehicles > 0) {
    params.set('vehicles', String(party.vehicles));
  }
  // The API reads `children=6,9`; keep the comma readable in logs.
  return params.toString().replaceAll('%2C', ',');
}

/**
 * `count` availability paths over the demo season (mid May to mid September, a third of
 * them Saturday to Saturday as in the peak weeks), with a mix of parties.
 */
export function searchPaths(slug: string, year: number, count: number, seed = 1): string[] {
  const random = seededRandom(seed);
  const seasonStart = `${year}-05-15`;
  const firstSaturday = addDays(seasonStart, (6 - new Date(`${seasonStart}T00:00:00Z`).getUTCDay() + 7) % 7);
  const paths: string[] = [];
  for (let index = 0; index < count; index += 1) {
    const saturdayToSaturday = random() < 1 / 3;
    const arrival = saturdayToSaturday
      ? addDays(firstSaturday, 7 * Math.floor(random() * 17))
      : addDays(seasonStart, Math.floor(random() * 120));
    const nights = saturdayToSaturday ? pick(random, [7, 7, 14]) : pick(random, STAY_NIGHTS);
    const query = availabilityQuery({ arrival, departure: addDays(arrival, nights) }, pick(random, PARTIES));
    paths.push(`/api/properties/${slug}/availability?${query}`);
  }
  return paths;
}

/**
 * Back-to-back stays of `nights` in the quiet months (January to April, October to
 * mid December), where the demo data has room: the bookings scenario claims unit-nights
 * no one else wants. Arrivals on the demo's closed-to-arrival days are skipped.
 */
export function quietWindows(year: number, nights: number): Stay[] {
  const periods: readonly Stay[] = [
    { arrival: `${year}-01-04`, departure: `${year}-04-30` },
    { arrival: `${year}-10-01`, departure: `${year}-12-20` },
  ];
  const windows: Stay[] = [];
  for (const period of periods) {
    for (let arrival = period.arrival; addDays(arrival, nights) <= period.departure; arrival = addDays(arrival, nights)) {
      windows.push({ arrival, departure: addDays(arrival, nights) });
    }
  }
  return windows;
}

/** Free unit ids per window, interleaved so that consecutive slots fall on different dates. */
export function interleaveSlots(freeUnitsByWindow: readonly { stay: Stay; unitIds: readonly string[] }[]): Slot[] {
  const slots: Slot[] = [];
  const longest = Math.max(0, ...freeUnitsByWindow.map((window) => window.unitIds.length));
  for (let index = 0; index < longest; index += 1) {
    for (const { stay, unitIds } of freeUnitsByWindow) {
      const unitId = unitIds[index];
      if (unitId !== undefined) {
        slots.push({ unitId, arrival: stay.arrival, departure: stay.departure });
      }
    }
  }
  return slots;
}
