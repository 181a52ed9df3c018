import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { availabilityTopic } from '@pitchdesk/contracts';
import type { BookingCreated, HoldResponse } from '@pitchdesk/contracts';
import { DatabaseSessions } from '../../src/database/database-sessions';
import { subscribe } from './support/hub-subscriber';
import type { TestApi } from './support/http-api';
import { startTestApi } from './support/http-api';
import { startReplication, startService, stopReplication, stopService, waitForReplicaCatchUp } from './support/stack';
import { createTestCampsite, nth } from './support/test-campsite';
import type { TestCampsite } from './support/test-campsite';
import { eventually, workerConfig } from './support/test-database';

const YEAR = new Date().getUTCFullYear() + 1;
const day = (month: number, date: number): string => `${YEAR}-${String(month).padStart(2, '0')}-${String(date).padStart(2, '0')}`;
const party = { adults: 2, childrenAges: [7], pets: 0, vehicles: 1 };
const guest = { firstName: 'Giulia', lastName: 'Rossi', email: 'giulia.rossi@example.org', country: 'IT' };

describe('booking core on the real stack', () => {
  let api: TestApi;
  let site: TestCampsite;

  const hold = (unit: string | { id: string }, arrival: string, departure: string) =>
    api.call<HoldResponse>('POST', `/properties/${site.slug}/holds`, {
      body: { unitId: typeof unit === 'string' ? unit : unit.id, stay: { arrival, departure }, party },
    });
  const book = (holdId: string, key: string, extras: unknown[] = []) =>
    api.call<BookingCreated>('POST', '/bookings', { body: { holdId, guest, extras, locale: 'it' }, headers: { 'idempotency-key': key } });
  /** Overlapping live reservations of one unit, found by SQL independently of unit_nights. */
  const overlappingLiveReservations = async (): Promise<unknown[]> =>
    api.app.get(DatabaseSessions).read('primary', (manager) =>
      manager.query(
        `SELECT a.id, b.id AS other FROM reservations a JOIN reservations b
           ON a.unit_id = b.unit_id AND a.id < b.id AND a.arrival < b.departure AND b.arrival < a.departure
          WHERE a.property_id = ?
            AND (a.status = 'confirmed' OR (a.status = 'held' AND a.hold_expires_at > UTC_TIMESTAMP(6)))
            AND (b.status = 'confirmed' OR (b.status = 'held' AND b.hold_expires_at > UTC_TIMESTAMP(6)))`,
        [site.propertyId],
      ),
    );

  beforeAll(async () => {
    api = await startTestApi(
      await workerConfig({ PD_DB_POOL_SIZE: '20', PD_MAIL_DRAIN_INTERVAL_MS: '200', PD_MAIL_RETRY_BASE_MS: '200', PD_MAIL_RETRY_MAX_MS: '400' }),
    );
    site = await createTestCampsite(api.app, 'core-test', YEAR);
    await waitForReplicaCatchUp(10_000);
  });

  afterAll(async () => {
    await startService('replica');
    await startReplication();
    await startService('hub');
    await startService('ses');
    await api.close();
  });

  it('lets exactly one of 200 concurrent holds on overlapping stays of one unit succeed', async () => {
    const unit = nth(site.pitches, 0);
    // Every stay contains the night of 10 June, so any two of them overlap.
    const stays = Array.from({ length: 200 }, (_, i) => [day(6, 5 + (i % 5)), day(6, 11 + (i % 4))] as const);
    const answers = await Promise.all(stays.map(([arrival, departure]) => hold(unit.id, arrival, departure)));
    const statuses = answers.map((answer) => answer.status).sort();
    expect(statuses.filter((status) => status === 201)).toHaveLength(1);
    expect(statuses.filter((status) => status === 409)).toHaveLength(199);
    const refusals = new Set(answers.filter((answer) => answer.status === 409).map((answer) => (answer.body as unknown as { code: string }).code));
    expect([...refusals].every((code) => ['UNIT_TAKEN', 'BUSY'].includes(code))).toBe(true);
    expect(await overlappingLiveReservations()).toEqual([]);
  });

  it('books a hold once per Idempotency-Key: a retry returns the same booking and charges nothing twice', async () => {
    const held = await hold(nth(site.pitches, 1).id, day(7, 1), day(7, 4));
    expect(held.status).toBe(201);
    const key = randomUUID();
    const [first, concurrentRetry] = await Promise.all([book(held.body.holdId, key), book(held.body.holdId, key)]);
    const laterRetry = await book(held.body.holdId, key);
    expect([first.status, concurrentRetry.status].sort()).toEqual([200, 201]);
    expect(laterRetry.status).toBe(200);
    // Same booking, same manage link, whichever request got there first.
    expect(concurrentRetry.body).toEqual(first.body);
    expect(laterRetry.body).toEqual(first.body);
    const folio = await api.app.get(DatabaseSessions).read('primary', (manager) =>
      manager.query('SELECT COUNT(*) AS n FROM folio_lines f JOIN reservations r ON r.id = f.reservation_id WHERE r.reference = ?', [
        first.body.booking.reference,
      ]),
    );
    expect(Number(folio[0].n)).toBe(first.body.booking.quote.lines.length);

    const otherBody = await api.call('POST', '/bookings', {
      body: { holdId: held.body.holdId, guest: { ...guest, lastName: 'Bianchi' }, extras: [], locale: 'it' },
      headers: { 'idempotency-key': key },
    });
    expect(otherBody.status).toBe(422);
    expect(otherBody.body).toMatchObject({ code: 'IDEMPOTENCY_KEY_REUSED' });
  });

  it('books while the hub and the mail endpoint are down, and sends the mail once when they are back', async () => {
    const email = `outage-${randomUUID()}@example.org`;
    const mailsTo = async (): Promise<{ subject: string }[]> => {
      const store = (await (await fetch(`${api.config.PD_SES_ENDPOINT ?? ''}/store`)).json()) as {
        emails: { subject: string; destination: { to: string[] } }[];
      };
      return store.emails.filter((mail) => mail.destination.to.includes(email));
    };
    await stopService('hub');
    await stopService('ses');
    let reference: string;
    try {
      const held = await hold(nth(site.mobileHomes, 1), day(6, 5), day(6, 12));
      expect(held.status).toBe(201);
      const booked = await api.call<BookingCreated>('POST', '/bookings', {
        body: { holdId: held.body.holdId, guest: { ...guest, email }, extras: [], locale: 'it' },
        headers: { 'idempotency-key': randomUUID() },
      });
      expect(booked.status).toBe(201);
      reference = booked.body.booking.reference;
      // Let drain passes fail against the dead endpoint first: the mail waits in the outbox.
      await eventually('a send attempt failed', async () => {
        const [row] = await api.app.get(DatabaseSessions).read('primary', (manager) =>
          manager.query('SELECT status, attempts FROM mail_outbox WHERE message_key = ?', [`booking-confirmed:${reference}`]),
        );
        return row?.status === 'pending' && Number(row.attempts) >= 1;
      });
    } finally {
      await startService('ses');
      await startService('hub');
    }
    await eventually('the confirmation mail reached SES', async () => (await mailsTo()).length > 0);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const mails = await mailsTo();
    expect(mails).toHaveLength(1);
    expect(mails[0]?.subject).toContain(reference);
  });

  it('refuses a hold on a unit booked on the primary while the replica, stale, still shows it free', async () => {
    const unit = nth(site.mobileHomes, 0);
    await stopReplication();
    try {
      const held = await hold(unit.id, day(8, 1), day(8, 8));
      expect((await book(held.body.holdId, randomUUID())).status).toBe(201);

      const search = await api.call<{ results: { unitType: { code: string }; freeUnitIds: string[] }[] }>(
        'GET',
        `/properties/${site.slug}/availability?arrival=${day(8, 2)}&departure=${day(8, 6)}&adults=2&units=true`,
      );
      expect(search.status).toBe(200);
      const mobileHomes = search.body.results.find((result) => result.unitType.code === 'mobile-home');
      expect(mobileHomes?.freeUnitIds).toContain(unit.id);

      const again = await hold(unit.id, day(8, 2), day(8, 6));
      expect(again.status).toBe(409);
      expect(again.body).toMatchObject({ code: 'UNIT_TAKEN' });
    } finally {
      await startReplication();
      await waitForReplicaCatchUp(10_000);
    }
  });

  it('shows a new hold in search within the availability cache window, never later', async () => {
    const unit = nth(site.pitches, 1);
    const query = `/properties/${site.slug}/availability?arrival=${day(9, 10)}&departure=${day(9, 12)}&adults=2&units=true`;
    const freePitches = async (): Promise<string[]> => {
      const search = await api.call<{ results: { unitType: { code: string }; freeUnitIds: string[] }[] }>('GET', query);
      return search.body.results.find((result) => result.unitType.code === 'pitch')?.freeUnitIds ?? [];
    };
    expect(await freePitches()).toContain(unit.id);
    expect((await hold(unit, day(9, 10), day(9, 12))).status).toBe(201);
    // An answer may be reused for PD_AVAILABILITY_CACHE_MS, and the replica may lag: once
    // both have passed, the hold must show.
    await new Promise((resolve) => setTimeout(resolve, api.config.PD_AVAILABILITY_CACHE_MS + 50));
    await waitForReplicaCatchUp(10_000);
    expect(await freePitches()).not.toContain(unit.id);
  });

  it('lists free unit ids only when asked (units=true), and always their count', async () => {
    const base = `/properties/${site.slug}/availability?arrival=${day(9, 20)}&departure=${day(9, 22)}&adults=2`;
    type Answer = { results: { unitType: { code: string }; freeUnitCount: number; freeUnitIds?: string[] }[] };
    const plain = (await api.call<Answer>('GET', base)).body.results.find((result) => result.unitType.code === 'mobile-home');
    const withUnits = (await api.call<Answer>('GET', `${base}&units=true`)).body.results.find((result) => result.unitType.code === 'mobile-home');
    expect(plain?.freeUnitIds).toBeUndefined();
    expect(plain?.freeUnitCount).toBe(site.mobileHomes.length);
    expect(withUnits?.freeUnitIds?.slice().sort()).toEqual(site.mobileHomes.map((unit) => unit.id).sort());
  });

  it('keeps answering searches from the primary while the replica process is down', async () => {
    await stopService('replica');
    try {
      const search = await api.call('GET', `/properties/${site.slug}/availability?arrival=${day(9, 1)}&departure=${day(9, 5)}&adults=2`);
      expect(search.status).toBe(200);
    } finally {
      await startService('replica');
    }
    const after = await api.call('GET', `/properties/${site.slug}/availability?arrival=${day(9, 1)}&departure=${day(9, 5)}&adults=2`);
    expect(after.status).toBe(200);
  });

  it('tells subscribers of the property\'s topic about each hold, booking and cancellation', async () => {
    const subscriber = await subscribe(api.config.PD_HUB_URL, availabilityTopic(site.propertyId));
    try {
      const unit = nth(site.pitches, 0);
      const heldEvent = subscriber.next();
      const held = await hold(unit, day(9, 20), day(9, 23));
      expect((await heldEvent).changes).toEqual([
        { propertyId: site.propertyId, unitIds: [unit.id], arrival: day(9, 20), departure: day(9, 23), state: 'held' },
      ]);
      const bookedEvent = subscriber.next();
      const booked = await book(held.body.holdId, randomUUID());
      expect((await bookedEvent).changes.map((change) => change.state)).toEqual(['booked']);
      const releasedEvent = subscriber.next();
      await api.call('POST', `/bookings/${booked.body.booking.reference}/cancellation`, {
        headers: { authorization: `Bearer ${booked.body.manageToken}` },
      });
      expect((await releasedEvent).changes.map((change) => change.state)).toEqual(['released']);
    } finally {
      subscriber.close();
    }
  });

  it('lets the guest view and cancel with the link token, and frees the nights', async () => {
    const unit = nth(site.pitches, 1);
    const held = await hold(unit.id, day(10, 10), day(10, 13));
    const booked = await book(held.body.holdId, randomUUID());
    const { reference } = booked.body.booking;
    const auth = { authorization: `Bearer ${booked.body.manageToken}` };

    expect((await api.call('GET', `/bookings/${reference}`, { headers: auth })).status).toBe(200);
    expect((await api.call('GET', `/bookings/${reference}`, { headers: { authorization: 'Bearer wrong' } })).status).toBe(404);
    expect((await hold(unit.id, day(10, 11), day(10, 12))).status).toBe(409);

    const cancelled = await api.call<{ status: string; cancellationFeeMinor: number }>('POST', `/bookings/${reference}/cancellation`, { headers: auth });
    expect(cancelled.status).toBe(200);
    expect(cancelled.body).toMatchObject({ status: 'cancelled', cancellationFeeMinor: 0 });
    expect((await api.call('POST', `/bookings/${reference}/cancellation`, { headers: auth })).status).toBe(409);
    expect((await hold(unit.id, day(10, 11), day(10, 12))).status).toBe(201);
  });

  it('serves its OpenAPI document', async () => {
    const document = await api.call<{ openapi: string; paths: Record<string, unknown> }>('GET', '/openapi.json');
    expect(document.status).toBe(200);
    expect(document.body.openapi).toBe('3.1.0');
    expect(Object.keys(document.body.paths)).toContain('/api/bookings');
  });

  it('answers client mistakes with 4xx and the field or rule at fault, never a 500', async () => {
    const search = await api.call<{ fields: Record<string, string> }>(
      'GET',
      `/properties/${site.slug}/availability?arrival=${day(5, 9)}&departure=${day(5, 2)}&adults=0`,
    );
    expect(search.status).toBe(400);
    expect(Object.keys(search.body.fields).sort()).toEqual(['query.adults', 'query.departure']);

    expect((await api.call('GET', `/properties/no-such-site/availability?arrival=${day(5, 1)}&departure=${day(5, 2)}&adults=1`)).status).toBe(404);

    const tooShort = await hold(nth(site.mobileHomes, 1).id, day(5, 1), day(5, 2));
    expect(tooShort.status).toBe(422);
    expect(tooShort.body).toMatchObject({ code: 'STAY_NOT_ALLOWED', details: { violations: [{ code: 'MIN_NIGHTS' }] } });
    // Explained in the language asked for, as search explains it.
    const tooShortInItalian = await api.call<{ details: { violations: { message: string }[] } }>('POST', `/properties/${site.slug}/holds`, {
      body: { unitId: nth(site.mobileHomes, 1).id, stay: { arrival: day(5, 1), departure: day(5, 2) }, party, lang: 'it' },
    });
    expect(tooShortInItalian.status).toBe(422);
    expect(tooShortInItalian.body.details.violations[0]?.message).toMatch(/notti/);

    const noSuchUnit = await hold(randomUUID(), day(5, 1), day(5, 3));
    expect(noSuchUnit.status).toBe(404);
    expect(noSuchUnit.body).toMatchObject({ code: 'UNIT_NOT_FOUND' });
    expect((await book(randomUUID(), randomUUID())).status).toBe(404);
    const noKey = await api.call('POST', '/bookings', { body: { holdId: randomUUID(), guest, extras: [] } });
    expect(noKey.status).toBe(400);
    expect(noKey.body).toMatchObject({ code: 'IDEMPOTENCY_KEY_MISSING' });
    const badGuest = await api.call<{ fields: Record<string, string> }>('POST', '/bookings', {
      body: { holdId: randomUUID(), guest: { ...guest, email: 'not-an-email', country: 'Italy' } },
      headers: { 'idempotency-key': randomUUID() },
    });
    expect(badGuest.status).toBe(400);
    expect(Object.keys(badGuest.body.fields).sort()).toEqual(['body.guest.country', 'body.guest.email']);
  });
});

describe('expired holds', () => {
  let api: TestApi;
  let site: TestCampsite;

  beforeAll(async () => {
    api = await startTestApi(await workerConfig({ PD_HOLD_SECONDS: '1', PD_HOLD_SWEEP_INTERVAL_MS: '200' }));
    site = await createTestCampsite(api.app, 'expiry-test', YEAR);
    await waitForReplicaCatchUp(10_000);
  });

  afterAll(async () => {
    await api.close();
  });

  it('never block a new hold, and can no longer be booked', async () => {
    const unit = nth(site.pitches, 0);
    const stay = { arrival: day(11, 1), departure: day(11, 4) };
    const first = await api.call<HoldResponse>('POST', `/properties/${site.slug}/holds`, { body: { unitId: unit.id, stay, party } });
    expect(first.status).toBe(201);
    await new Promise((resolve) => setTimeout(resolve, 1_500));

    const second = await api.call<HoldResponse>('POST', `/properties/${site.slug}/holds`, { body: { unitId: unit.id, stay, party } });
    expect(second.status).toBe(201);
    const late = await api.call('POST', '/bookings', {
      body: { holdId: first.body.holdId, guest, extras: [] },
      headers: { 'idempotency-key': randomUUID() },
    });
    expect(late.status).toBe(409);
    expect(late.body).toMatchObject({ code: 'HOLD_EXPIRED' });
  });

  it('are swept by the API in the background: marked expired, their nights freed', async () => {
    const unit = nth(site.pitches, 1);
    const held = await api.call<HoldResponse>('POST', `/properties/${site.slug}/holds`, {
      body: { unitId: unit.id, stay: { arrival: day(11, 10), departure: day(11, 12) }, party },
    });
    expect(held.status).toBe(201);
    const state = async (): Promise<{ status: string; nights: number }> => {
      const [row] = await api.app.get(DatabaseSessions).read('primary', (manager) =>
        manager.query(
          'SELECT r.status, (SELECT COUNT(*) FROM unit_nights n WHERE n.reservation_id = r.id) AS nights FROM reservations r WHERE r.id = ?',
          [held.body.holdId],
        ),
      );
      return { status: String(row.status), nights: Number(row.nights) };
    };
    expect(await state()).toEqual({ status: 'held', nights: 2 });
    await eventually('the sweep expired the hold', async () => (await state()).status === 'expired');
    expect(await state()).toEqual({ status: 'expired', nights: 0 });
  });
});
