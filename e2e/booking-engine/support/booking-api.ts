import { randomUUID } from 'node:crypto';
import type { APIRequestContext, APIResponse } from '@playwright/test';
import { expect } from '@playwright/test';
import type { AvailabilityResponse, BookingCreated, BookingView, HoldResponse, QuoteResponse } from '@pitchdesk/contracts';

/**
 * The public booking API, called the way the booking engine calls it: through the web
 * server's same-origin `/api` proxy (the `request` fixture's baseURL is the booking engine).
 * Tests use it to find free units at run time (never hard-coded: ~2,000 demo bookings and
 * earlier runs occupy some) and to set up or disturb a scenario quickly.
 */
export const PROPERTY_SLUG = 'lago-verde';
const PROPERTY_API = `/api/properties/${PROPERTY_SLUG}`;

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

export type GuestLocale = 'it' | 'en' | 'de' | 'nl';

export interface Guest {
  readonly firstName: string;
  readonly lastName: string;
  readonly email: string;
  readonly country: string;
}

export interface ExtraChoice {
  readonly code: string;
  readonly quantity: number;
}

export interface MapShape {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface CatalogueUnit {
  readonly id: string;
  readonly unitTypeId: string;
  readonly code: string;
  readonly map: MapShape;
}

export interface Catalogue {
  readonly property: { readonly id: string; readonly slug: string; readonly name: string };
  readonly unitTypes: readonly { readonly id: string; readonly code: string }[];
  readonly units: readonly CatalogueUnit[];
}

async function json<T>(response: APIResponse, what: string): Promise<T> {
  expect(response.ok(), `${what}: HTTP ${response.status()} ${await response.text()}`).toBe(true);
  return (await response.json()) as T;
}

/** The availability query string the booking engine itself builds (`children=4,7`). */
export function stayQuery(stay: Stay, party: Party): Record<string, string> {
  return {
    arrival: stay.arrival,
    departure: stay.departure,
    adults: String(party.adults),
    ...(party.childrenAges.length > 0 && { children: party.childrenAges.join(',') }),
    ...(party.pets > 0 && { pets: String(party.pets) }),
    ...(party.vehicles > 0 && { vehicles: String(party.vehicles) }),
  };
}

export async function catalogue(request: APIRequestContext): Promise<Catalogue> {
  return json<Catalogue>(await request.get(`${PROPERTY_API}/catalogue`), 'catalogue');
}

export async function availability(request: APIRequestContext, stay: Stay, party: Party): Promise<AvailabilityResponse> {
  const response = await request.get(`${PROPERTY_API}/availability`, { params: { ...stayQuery(stay, party), units: 'true' } });
  return json<AvailabilityResponse>(response, 'availability');
}

/** The units of a type the API calls free for this stay and party, in code order. */
export async function freeUnits(request: APIRequestContext, stay: Stay, party: Party, unitTypeCode: string): Promise<CatalogueUnit[]> {
  const [site, answer] = await Promise.all([catalogue(request), availability(request, stay, party)]);
  const result = answer.results.find((candidate) => candidate.unitType.code === unitTypeCode);
  const free = new Set(result?.freeUnitIds ?? []);
  return site.units.filter((unit) => free.has(unit.id)).sort((a, b) => a.code.localeCompare(b.code, 'en', { numeric: true }));
}

/**
 * A free unit of the type, picked at random among the free ones: two runs at the same
 * time (or a rerun while an earlier run's hold is still alive) rarely pick the same one.
 * At least `spare` other units must stay free, for tests that need alternatives.
 */
export async function pickFreeUnit(request: APIRequestContext, stay: Stay, party: Party, unitTypeCode: string, spare = 0): Promise<CatalogueUnit> {
  const free = await freeUnits(request, stay, party, unitTypeCode);
  expect(free.length, `free ${unitTypeCode} units for ${stay.arrival}..${stay.departure}`).toBeGreaterThan(spare);
  return free[Math.floor(Math.random() * free.length)] as CatalogueUnit;
}

export async function quote(
  request: APIRequestContext,
  body: { unitTypeCode: string; stay: Stay; party: Party; extras: readonly ExtraChoice[] },
): Promise<QuoteResponse> {
  return json<QuoteResponse>(await request.post(`${PROPERTY_API}/quotes`, { data: body }), 'quote');
}

export async function holdUnit(request: APIRequestContext, unitId: string, stay: Stay, party: Party): Promise<HoldResponse> {
  return json<HoldResponse>(await request.post(`${PROPERTY_API}/holds`, { data: { unitId, stay, party } }), 'hold');
}

export async function confirmHold(
  request: APIRequestContext,
  body: { holdId: string; guest: Guest; locale: GuestLocale; extras?: readonly ExtraChoice[] },
): Promise<BookingCreated> {
  const response = await request.post('/api/bookings', {
    data: { extras: [], ...body },
    headers: { 'idempotency-key': randomUUID() },
  });
  return json<BookingCreated>(response, 'booking');
}

/** Holds a free unit of the type and books it at once: a booking to manage, in two calls. */
export async function bookFreeUnit(
  request: APIRequestContext,
  options: { unitTypeCode: string; stay: Stay; party: Party; guest: Guest; locale: GuestLocale },
): Promise<BookingCreated> {
  const unit = await pickFreeUnit(request, options.stay, options.party, options.unitTypeCode);
  const hold = await holdUnit(request, unit.id, options.stay, options.party);
  return confirmHold(request, { holdId: hold.holdId, guest: options.guest, locale: options.locale });
}

export async function bookingView(request: APIRequestContext, reference: string, manageToken: string): Promise<BookingView> {
  const response = await request.get(`/api/bookings/${encodeURIComponent(reference)}`, { headers: { authorization: `Bearer ${manageToken}` } });
  return json<BookingView>(response, 'booking view');
}
