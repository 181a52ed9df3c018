import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { frontDeskDaySchema } from '@pitchdesk/contracts';
import type { ApiError, FrontDeskDay, RegistrationGuestInput } from '@pitchdesk/contracts';
import { bookAroundToday, dayFromToday, deskCaller } from './support/front-desk-desk';
import type { DeskCaller } from './support/front-desk-desk';
import type { TestApi } from './support/http-api';
import { startTestApi } from './support/http-api';
import { createTestCampsite } from './support/test-campsite';
import type { TestCampsite } from './support/test-campsite';
import { workerConfig } from './support/test-database';

const SEASON_YEAR = new Date().getUTCFullYear() - 1;

const guest = (surname: string): RegistrationGuestInput => ({
  surname,
  givenName: 'Anna',
  sex: 'F',
  birthDate: '1990-05-05',
  birthCountry: 'AT',
  citizenship: 'AT',
  documentType: 'PASOR',
  documentNumber: 'P1234567',
  documentIssueCountry: 'AT',
});

describe("the front desk's day lists on the real stack", () => {
  let api: TestApi;
  let site: TestCampsite;
  let reception: DeskCaller;
  let readOnly: DeskCaller;
  const ids: Record<'arriving' | 'arrivedToday' | 'leaving' | 'staying' | 'cancelled', string> = {
    arriving: '',
    arrivedToday: '',
    leaving: '',
    staying: '',
    cancelled: '',
  };
  const totals = new Map<string, number>();

  const day = (caller: DeskCaller, query = '') => caller.call<FrontDeskDay & ApiError>('GET', `/staff/properties/${site.slug}/front-desk${query}`);
  const checkIn = async (reservationId: string, surnames: string[]) => {
    const base = `/staff/properties/${site.slug}/reservations/${reservationId}`;
    expect((await reception.call('PUT', `${base}/registration`, { groupKind: 'group', guests: surnames.map(guest) })).status).toBe(200);
    expect((await reception.call('POST', `${base}/check-in`)).status).toBe(200);
  };
  const listed = (entries: readonly { reservationId: string }[]) => entries.map((entry) => entry.reservationId);

  beforeAll(async () => {
    api = await startTestApi(await workerConfig());
    site = await createTestCampsite(api.app, 'desk-day', SEASON_YEAR);
    reception = await deskCaller(api, 'reception');
    readOnly = await deskCaller(api, 'read-only');
    const book = async (key: keyof typeof ids, unit: string, from: number, to: number, adults = 2) => {
      const units = [...site.pitches, ...site.mobileHomes];
      const booking = await bookAroundToday(api, site.slug, units.find((candidate) => candidate.code === unit)?.id ?? '', from, to, { adults });
      ids[key] = booking.id;
      totals.set(booking.id, booking.booking.quote.totalMinor);
      return booking;
    };
    await book('arriving', 'P1', 0, 2);
    await book('arrivedToday', 'MH1', 0, 3);
    await book('leaving', 'P2', -2, 0);
    await book('staying', 'MH2', -1, 2);
    const cancelled = await book('cancelled', 'P2', 0, 1, 1);
    const cancellation = await api.call('POST', `/bookings/${cancelled.reference}/cancellation`, { headers: { authorization: `Bearer ${cancelled.manageToken}` } });
    expect(cancellation.status).toBe(200);
    await checkIn(ids.arrivedToday, ['Huber', 'Gruber']);
    await checkIn(ids.staying, ['Moser', 'Wagner']);
    // A partial registration: one of two guests.
    await reception.call('PUT', `/staff/properties/${site.slug}/reservations/${ids.arriving}/registration`, { guests: [guest('Bauer')] });
  });

  afterAll(async () => {
    await api.close();
  });

  it("lists today's arrivals, departures and in-house by default, with balances and registration progress", async () => {
    const answer = await day(reception);
    expect(answer.status).toBe(200);
    const today = frontDeskDaySchema.parse(answer.body);
    expect(today).toMatchObject({ propertyId: site.propertyId, date: dayFromToday(0), today: dayFromToday(0) });
    // By unit: MH1 before P1; the cancelled stay is on no list.
    expect(listed(today.arrivals)).toEqual([ids.arrivedToday, ids.arriving]);
    expect(listed(today.departures)).toEqual([ids.leaving]);
    expect(listed(today.inHouse)).toEqual([ids.arrivedToday, ids.staying]);

    const arriving = today.arrivals[1];
    expect(arriving).toMatchObject({
      status: 'confirmed',
      guestName: 'Giulia Rossi',
      unitCode: 'P1',
      arrival: dayFromToday(0),
      departure: dayFromToday(2),
      party: { adults: 2, children: 0, pets: 0, vehicles: 0 },
      balanceMinor: totals.get(ids.arriving),
      currency: 'EUR',
      registration: { registered: 1, expected: 2, complete: false },
    });
    expect(today.arrivals[0]).toMatchObject({ status: 'checked-in', registration: { registered: 2, expected: 2, complete: true } });
    expect(today.departures[0]).toMatchObject({ status: 'confirmed', unitCode: 'P2', balanceMinor: totals.get(ids.leaving) });
  });

  it('lists another day on request: tomorrow nobody arrives or leaves, two stay', async () => {
    const answer = await day(reception, `?date=${dayFromToday(1)}`);
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ date: dayFromToday(1), today: dayFromToday(0), arrivals: [], departures: [] });
    expect(listed(answer.body.inHouse)).toEqual([ids.arrivedToday, ids.staying]);
    const later = await day(reception, `?date=${dayFromToday(2)}`);
    expect(listed(later.body.departures)).toEqual([ids.staying, ids.arriving]);
    expect(listed(later.body.inHouse)).toEqual([ids.arrivedToday]);
  });

  it('refuses a date that is not one with 400 naming the parameter', async () => {
    const answer = await day(reception, '?date=2026-02-30');
    expect(answer.status).toBe(400);
    expect(answer.body.fields).toEqual({ 'query.date': 'expected a date as YYYY-MM-DD' });
  });

  it('shows the lists to read-only staff', async () => {
    const answer = await day(readOnly);
    expect(answer.status).toBe(200);
    expect(listed(answer.body.inHouse)).toEqual([ids.arrivedToday, ids.staying]);
  });
});
