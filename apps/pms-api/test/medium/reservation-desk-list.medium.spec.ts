import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ApiError, ReservationDetail, ReservationList } from '@pitchdesk/contracts';
import { DatabaseSessions } from '../../src/database/database-sessions';
import type { TestApi } from './support/http-api';
import { startTestApi } from './support/http-api';
import { waitForReplicaCatchUp } from './support/stack';
import { deskBook, deskCaller } from './support/reservation-desk-staff';
import type { DeskCaller } from './support/reservation-desk-staff';
import { createTestCampsite, nth } from './support/test-campsite';
import type { TestCampsite } from './support/test-campsite';
import { workerConfig } from './support/test-database';

const YEAR = new Date().getUTCFullYear() + 1;
const day = (month: number, date: number): string => `${YEAR}-${String(month).padStart(2, '0')}-${String(date).padStart(2, '0')}`;

describe('the reservation list: search, filters and pages, on the real stack', () => {
  let api: TestApi;
  let site: TestCampsite;
  let desk: DeskCaller;
  const made: Record<string, ReservationDetail> = {};

  const list = (query: Record<string, string | number>) =>
    desk.call<ReservationList & ApiError>('GET', `?${new URLSearchParams(Object.entries(query).map(([key, value]) => [key, String(value)])).toString()}`);
  const references = (answer: { body: ReservationList }) => answer.body.items.map((item) => item.reference);
  const refsOf = (...names: string[]) => names.map((name) => made[name]?.reference);

  beforeAll(async () => {
    api = await startTestApi(await workerConfig());
    site = await createTestCampsite(api.app, 'desk-list', YEAR);
    desk = await deskCaller(api, site.slug);
    const guests = {
      rossi: { firstName: 'Giulia', lastName: 'Rossi', email: 'giulia@example.org', phone: '+39 0461 123456', country: 'IT' },
      rossini: { firstName: 'Paolo', lastName: 'Rossini', email: 'paolo@example.org', country: 'IT' },
      muller: { firstName: 'Jürgen', lastName: 'Müller', email: 'j.mueller@example.de', country: 'DE' },
      devries: { firstName: 'Anouk', lastName: 'de Vries', phone: '+31 20 7654321', country: 'NL' },
      smith: { firstName: 'Rose', lastName: 'Smith', email: 'rose@example.co.uk', country: 'GB' },
    };
    // In arrival order; two arrive on the same day (the id breaks the tie).
    const plan: [keyof typeof guests, 'pitches' | 'mobileHomes', number, string, string][] = [
      ['rossi', 'pitches', 0, day(5, 1), day(5, 3)],
      ['rossini', 'pitches', 1, day(5, 1), day(5, 4)],
      ['muller', 'mobileHomes', 0, day(5, 10), day(5, 14)],
      ['devries', 'pitches', 0, day(6, 1), day(6, 2)],
      ['smith', 'mobileHomes', 1, day(7, 1), day(7, 5)],
    ];
    for (const [name, kind, index, arrival, departure] of plan) {
      made[name] = await deskBook(desk, { channel: 'phone', unitId: nth(site[kind], index).id, stay: { arrival, departure }, party: { adults: 2 }, guest: guests[name] });
    }
    await desk.call('POST', `/${made['smith']?.id}/cancel`, { body: {} });
    // The list reads from the replica: let it see every booking before asking.
    await waitForReplicaCatchUp(10_000);
  });

  afterAll(async () => {
    await api.close();
  });

  it('lists every reservation in arrival order, with what the table shows', async () => {
    const answer = await list({});
    expect(answer.status).toBe(200);
    expect(answer.body.items.map((item) => item.guestName)).toEqual(
      expect.arrayContaining(['Giulia Rossi', 'Paolo Rossini', 'Jürgen Müller', 'Anouk de Vries', 'Rose Smith']),
    );
    expect(answer.body.items).toHaveLength(5);
    const arrivals = answer.body.items.map((item) => item.arrival);
    expect(arrivals).toEqual([...arrivals].sort());
    expect(answer.body.items.find((item) => item.reference === made['muller']?.reference)).toEqual({
      id: made['muller']?.id,
      reference: made['muller']?.reference,
      status: 'confirmed',
      channel: 'phone',
      arrival: day(5, 10),
      departure: day(5, 14),
      unitId: nth(site.mobileHomes, 0).id,
      unitCode: 'MH1',
      unitTypeId: site.mobileHomeType.id,
      unitTypeCode: 'mobile-home',
      guestName: 'Jürgen Müller',
      guestEmail: 'j.mueller@example.de',
      guestPhone: null,
      partySize: 2,
      totalMinor: made['muller']?.totalMinor,
      currency: 'EUR',
    });
    expect(answer.body.nextCursor).toBeNull();
  });

  it('finds by the start of surname, first name, e-mail or reference (any case, any accent), or by phone digits', async () => {
    expect(references(await list({ q: 'ross' })).sort()).toEqual(refsOf('rossi', 'rossini').sort());
    expect(references(await list({ q: 'ROSSINI' }))).toEqual(refsOf('rossini'));
    expect(references(await list({ q: 'muller' }))).toEqual(refsOf('muller'));
    expect(references(await list({ q: 'rose' }))).toEqual(refsOf('smith'));
    expect(references(await list({ q: 'j.mueller@' }))).toEqual(refsOf('muller'));
    expect(references(await list({ q: made['devries']?.reference.toLowerCase() ?? '' }))).toEqual(refsOf('devries'));
    expect(references(await list({ q: '0461 123' }))).toEqual(refsOf('rossi'));
    expect(references(await list({ q: '7654321' }))).toEqual(refsOf('devries'));
    // The user's wildcards are plain characters.
    expect(references(await list({ q: '%' }))).toEqual([]);
    expect(references(await list({ q: 'nobody' }))).toEqual([]);
  });

  it('filters by status, arrival dates (inclusive) and unit type, together with a search', async () => {
    expect(references(await list({ status: 'cancelled' }))).toEqual(refsOf('smith'));
    expect(references(await list({ status: 'confirmed' }))).toHaveLength(4);
    expect(references(await list({ arrivalFrom: day(5, 10), arrivalTo: day(6, 1) }))).toEqual(refsOf('muller', 'devries'));
    expect(references(await list({ unitTypeId: site.mobileHomeType.id }))).toEqual(refsOf('muller', 'smith'));
    expect(references(await list({ unitTypeId: site.pitchType.id, q: 'ross', arrivalFrom: day(5, 1), arrivalTo: day(5, 1) })).sort()).toEqual(
      refsOf('rossi', 'rossini').sort(),
    );
    // An empty field in a search form means "no filter".
    expect(references(await list({ q: '', status: '', arrivalFrom: '' }))).toHaveLength(5);
  });

  it('pages through everything once, in a stable order, by cursor', async () => {
    const whole = references(await list({}));
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const answer = await list({ limit: 2, ...(cursor && { cursor }) });
      expect(answer.status).toBe(200);
      expect(answer.body.items.length).toBeLessThanOrEqual(2);
      seen.push(...references(answer));
      cursor = answer.body.nextCursor;
      pages += 1;
    } while (cursor && pages < 10);
    expect(pages).toBe(3);
    expect(seen).toEqual(whole);
  });

  it('answers a bad query with 400 naming the parameter', async () => {
    for (const [query, field] of [
      [{ status: 'expired' }, 'query.status'],
      [{ arrivalFrom: '2027-13-01' }, 'query.arrivalFrom'],
      [{ arrivalFrom: day(6, 1), arrivalTo: day(5, 1) }, 'query.arrivalTo'],
      [{ limit: 1000 }, 'query.limit'],
      [{ unitTypeId: 'pitch' }, 'query.unitTypeId'],
      [{ cursor: 'bm90LWEtY3Vyc29y' }, 'query.cursor'],
      [{ cursor: 'a b' }, 'query.cursor'],
    ] as const) {
      const answer = await list(query);
      expect([answer.status, answer.body.code, Object.keys(answer.body.fields ?? {})]).toEqual([400, 'VALIDATION_FAILED', [field]]);
    }
  });

  it('reads the list from a replica and the detail from the primary', async () => {
    const sessions = api.app.get(DatabaseSessions);
    const original = sessions.read.bind(sessions);
    const reads: [string, string][] = [];
    // Records which server each statement on reservations went to, then runs it for real.
    const read = vi.spyOn(sessions, 'read').mockImplementation((intent, work) =>
      original(intent, (manager) => {
        const query = manager.query.bind(manager);
        const watched = Object.create(manager, {
          query: {
            value: (sql: string, parameters?: unknown[]) => {
              if (/FROM reservations/.test(sql)) {
                reads.push([intent, sql.trim().slice(0, 30)]);
              }
              return query(sql, parameters);
            },
          },
        }) as typeof manager;
        return work(watched);
      }),
    );
    try {
      await list({ q: 'ross' });
      expect(reads.map(([intent]) => intent)).toEqual(['replica']);
      reads.length = 0;
      expect((await desk.call('GET', `/${made['rossi']?.id}`)).status).toBe(200);
      expect(reads.length).toBeGreaterThan(0);
      expect(reads.map(([intent]) => intent)).not.toContain('replica');
    } finally {
      read.mockRestore();
    }
  });
});
