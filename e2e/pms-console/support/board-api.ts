import { randomUUID } from 'node:crypto';
import type { APIRequestContext, APIResponse } from '@playwright/test';
import { expect } from '@playwright/test';
import type { AvailabilityResponse, BookingCreated, HoldResponse } from '@pitchdesk/contracts';

/**
 * The public booking API through the console's same-origin `/api` proxy (the `request`
 * fixture's baseURL is the console): set up bookings the board must show. Trimmed from
 * e2e/booking-engine/support/booking-api.ts.
 */
const PROPERTY_API = '/api/properties/lago-verde';
export const UNIT_TYPE = 'pitch-standard';

export interface Stay {
  readonly arrival: string;
  readonly departure: string;
}

export interface FreeUnit {
  readonly id: string;
  readonly code: string;
}

const PARTY = { adults: 2, childrenAges: [], pets: 0, vehicles: 0 } as const;

async function json<T>(response: APIResponse, what: string): Promise<T> {
  expect(response.ok(), `${what}: HTTP ${response.status()} ${await response.text()}`).toBe(true);
  return (await response.json()) as T;
}

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** The browser's "today" (same machine, same time zone): where the board starts. */
export function localToday(now = new Date()): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * A 3-night stay in the demo season (bookable from January 2027), at a random arrival so
 * parallel tests and reruns rarely meet, and never before today.
 */
export function randomStay(): Stay {
  const earliest = addDays(localToday(), 2);
  const base = earliest > '2027-01-04' ? earliest : '2027-01-04';
  const arrival = addDays(base, Math.floor(Math.random() * 10));
  return { arrival, departure: addDays(arrival, 3) };
}

/** Units of the type the API calls free for the stay, shuffled. */
export async function freeUnits(request: APIRequestContext, stay: Stay): Promise<FreeUnit[]> {
  const [catalogue, answer] = await Promise.all([
    json<{ units: { id: string; code: string }[] }>(await request.get(`${PROPERTY_API}/catalogue`), 'catalogue'),
    json<AvailabilityResponse>(
      await request.get(`${PROPERTY_API}/availability`, {
        params: { arrival: stay.arrival, departure: stay.departure, adults: String(PARTY.adults), units: 'true' },
      }),
      'availability',
    ),
  ]);
  const result = answer.results.find((candidate) => candidate.unitType.code === UNIT_TYPE);
  expect(result?.available, `${UNIT_TYPE} bookable ${stay.arrival}..${stay.departure}: ${JSON.stringify(result?.violations)}`).toBe(true);
  const free = new Set(result?.freeUnitIds ?? []);
  const units = catalogue.units.filter((unit) => free.has(unit.id)).map(({ id, code }) => ({ id, code }));
  for (let i = units.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [units[i], units[j]] = [units[j] as FreeUnit, units[i] as FreeUnit];
  }
  return units;
}

/** A guest whose name occurs nowhere else on the board. */
export function uniqueGuest(firstName: string): { firstName: string; lastName: string; email: string; country: string } {
  const suffix = randomUUID().slice(0, 8);
  const lastName = `Board${suffix}`;
  return { firstName, lastName, email: `${firstName.toLowerCase()}.${suffix}@example.com`, country: 'IT' };
}

/** Hold then book one unit, as the booking engine does. */
export async function bookUnit(
  request: APIRequestContext,
  unit: FreeUnit,
  stay: Stay,
  guest: ReturnType<typeof uniqueGuest>,
): Promise<BookingCreated> {
  const hold = await json<HoldResponse>(
    await request.post(`${PROPERTY_API}/holds`, { data: { unitId: unit.id, stay, party: PARTY } }),
    'hold',
  );
  const response = await request.post('/api/bookings', {
    data: { holdId: hold.holdId, guest, locale: 'en', extras: [] },
    headers: { 'idempotency-key': randomUUID() },
  });
  return json<BookingCreated>(response, 'booking');
}
