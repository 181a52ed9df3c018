import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reservationDetailSchema } from '@pitchdesk/contracts';
import type { ApiError, DeskBookingRequestBody, DeskQuote, ReservationDetail } from '@pitchdesk/contracts';
import type { TestApi } from './support/http-api';
import { startTestApi } from './support/http-api';
import { auditOf, bookStay, nightLines, nightsOf, overlappingLiveStays, sql } from './support/planning-staff';
import { deskBook, deskCaller, folioOf, quoteOf } from './support/reservation-desk-staff';
import type { DeskCaller } from './support/reservation-desk-staff';
import { createTestCampsite, nth, testRateCard } from './support/test-campsite';
import type { TestCampsite } from './support/test-campsite';
import { workerConfig } from './support/test-database';

const YEAR = new Date().getUTCFullYear() + 1;
const day = (month: number, date: number): string => `${YEAR}-${String(month).padStart(2, '0')}-${String(date).padStart(2, '0')}`;
const guest = { firstName: 'Marco', lastName: 'Bianchi', email: 'marco.bianchi@example.org', phone: '+39 0461 555123', country: 'IT' };

describe('phone and walk-in bookings at the desk, on the real stack', () => {
  let api: TestApi;
  let site: TestCampsite;
  let desk: DeskCaller;
  const card = testRateCard(YEAR);

  const booking = (overrides: Partial<DeskBookingRequestBody> = {}): DeskBookingRequestBody => ({
    channel: 'phone',
    unitId: nth(site.pitches, 0).id,
    stay: { arrival: day(3, 2), departure: day(3, 5) },
    party: { adults: 2, childrenAges: [8] },
    guest,
    locale: 'it',
    ...overrides,
  });
  const post = (body: unknown, key: string | null = randomUUID()) =>
    desk.call<ReservationDetail & ApiError>('POST', '', { body, headers: key === null ? {} : { 'idempotency-key': key } });
  const outbox = (key: string) => sql<{ recipient: string; subject: string }>(api, 'SELECT recipient, subject FROM mail_outbox WHERE message_key = ?', [key]);
  const withKey = (key: string) => sql<{ id: string }>(api, 'SELECT id FROM reservations WHERE idempotency_key = ?', [key]);

  beforeAll(async () => {
    api = await startTestApi(await workerConfig({ PD_DB_POOL_SIZE: '20' }));
    site = await createTestCampsite(api.app, 'desk-book', YEAR);
    desk = await deskCaller(api, site.slug);
  });

  afterAll(async () => {
    await api.close();
  });

  it('books by phone as online would: priced by the domain, nights claimed, folio, audit, confirmation e-mail', async () => {
    const key = randomUUID();
    const answer = await post(booking(), key);
    expect(answer.status).toBe(201);
    const created = reservationDetailSchema.parse(answer.body);
    const expected = quoteOf(card, 'pitch', day(3, 2), day(3, 5), { adults: 2, childrenAges: [8] });
    expect(created).toMatchObject({
      status: 'confirmed',
      channel: 'phone',
      unit: { id: nth(site.pitches, 0).id, code: 'P1' },
      unitType: { id: site.pitchType.id, code: 'pitch' },
      arrival: day(3, 2),
      departure: day(3, 5),
      nights: 3,
      party: { adults: 2, childrenAges: [8], pets: 0, vehicles: 0 },
      guest: { ...guest },
      quote: expected,
      totalMinor: expected.totalMinor,
      overrides: [],
      createdBy: { id: desk.staffId, name: desk.name },
      version: 1,
    });
    expect(answer.headers.get('etag')).toBe(created.etag);
    expect(await nightsOf(api, created.id)).toEqual(nightLines(nth(site.pitches, 0).id, day(3, 2), day(3, 5)));
    expect(await folioOf(api, created.id)).toEqual(expected.lines.map((line) => ({ kind: line.kind, code: line.code, amount: line.amountMinor })));
    expect((await auditOf(api, created.id)).map((event) => [event.actor, event.action])).toEqual([[desk.staffId, 'reservation.created']]);
    expect(created.audit).toMatchObject([{ action: 'reservation.created', actor: { id: desk.staffId, name: desk.name }, before: null }]);
    expect(await outbox(`booking-confirmed:${created.reference}`)).toMatchObject([{ recipient: guest.email }]);

    // The same click again (a retry, a double click): the same booking, booked once.
    const again = await post(booking(), key);
    expect(again.status).toBe(200);
    expect(again.body.id).toBe(created.id);
    expect(await withKey(key)).toHaveLength(1);
    const reused = await post(booking({ party: { adults: 1 } }), key);
    expect(reused).toMatchObject({ status: 422, body: { code: 'IDEMPOTENCY_KEY_REUSED' } });
  });

  it('books once when a double click sends the same key twice at the same moment', async () => {
    const key = randomUUID();
    const body = booking({ unitId: nth(site.pitches, 1).id, stay: { arrival: day(3, 10), departure: day(3, 12) } });
    const answers = await Promise.all([post(body, key), post(body, key), post(body, key)]);
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 200, 201]);
    expect(new Set(answers.map((answer) => answer.body.id)).size).toBe(1);
    expect(await withKey(key)).toHaveLength(1);
    expect(await nightsOf(api, nth(answers, 0).body.id)).toEqual(nightLines(nth(site.pitches, 1).id, day(3, 10), day(3, 12)));
  });

  it('records a price override (a total, or an adjustment) with its reason and actor, and the folio follows it', async () => {
    const quoted = quoteOf(card, 'pitch', day(4, 1), day(4, 3), { adults: 2 });
    const total = await deskBook(desk, booking({ stay: { arrival: day(4, 1), departure: day(4, 3) }, party: { adults: 2 }, priceOverride: { totalMinor: 5_000, reason: 'Regular guest rate' } }));
    expect(total.totalMinor).toBe(5_000);
    expect(total.quote.lines.at(-1)).toEqual({ kind: 'discount', code: 'staff-override', quantity: 1, unitMinor: 5_000 - quoted.totalMinor, amountMinor: 5_000 - quoted.totalMinor });
    expect(total.quote.lines.reduce((sum, line) => sum + line.amountMinor, 0)).toBe(5_000);
    expect(total.overrides).toEqual([
      { kind: 'price', totalMinor: 5_000, quotedTotalMinor: quoted.totalMinor, chargedTotalMinor: 5_000, reason: 'Regular guest rate', by: { id: desk.staffId, name: desk.name }, at: expect.any(String) },
    ]);
    expect((await folioOf(api, total.id)).reduce((sum, line) => sum + line.amount, 0)).toBe(5_000);
    expect((await auditOf(api, total.id))[0]?.after_state).toMatchObject({ quotedTotalMinor: quoted.totalMinor, totalMinor: 5_000, overrides: [{ kind: 'price', reason: 'Regular guest rate', by: desk.staffId }] });

    const adjusted = await deskBook(desk, booking({ unitId: nth(site.pitches, 1).id, stay: { arrival: day(4, 1), departure: day(4, 3) }, party: { adults: 2 }, priceOverride: { adjustmentMinor: -700, reason: 'Pitch next to the works' } }));
    expect(adjusted.totalMinor).toBe(quoted.totalMinor - 700);
    expect(adjusted.overrides).toMatchObject([{ kind: 'price', adjustmentMinor: -700, quotedTotalMinor: quoted.totalMinor, chargedTotalMinor: quoted.totalMinor - 700 }]);
  });

  it('books a walk-in without an e-mail, and sends no mail', async () => {
    const walkIn = await deskBook(desk, booking({ channel: 'walk-in', stay: { arrival: day(5, 1), departure: day(5, 2) }, guest: { firstName: 'Lena', lastName: 'Maier', country: 'DE' } }));
    expect(walkIn).toMatchObject({ channel: 'walk-in', guest: { firstName: 'Lena', lastName: 'Maier', email: null, phone: null, country: 'DE' } });
    expect(await outbox(`booking-confirmed:${walkIn.reference}`)).toEqual([]);
  });

  it('refuses a stay that breaks a rule unless overridden with a reason, and records the override', async () => {
    const home = nth(site.mobileHomes, 0);
    const oneNight = booking({ channel: 'walk-in', unitId: home.id, stay: { arrival: day(6, 1), departure: day(6, 2) }, party: { adults: 2 } });
    const key = randomUUID();
    const refused = await post(oneNight, key);
    expect(refused).toMatchObject({ status: 422, body: { code: 'STAY_NOT_ALLOWED', details: { overridable: true, violations: [{ code: 'MIN_NIGHTS', params: { minNights: 3 } }] } } });
    for (const ruleOverride of [{}, { reason: '  ' }]) {
      const noReason = await post({ ...oneNight, ruleOverride }, key);
      expect(noReason.status).toBe(400);
      expect(Object.keys(noReason.body.fields ?? {})).toEqual(['body.ruleOverride.reason']);
    }
    expect(await withKey(key)).toEqual([]);
    expect(await nightsOf(api, home.id)).toEqual([]);

    const allowed = await post({ ...oneNight, ruleOverride: { reason: 'Late arrival, leaves tomorrow' } }, key);
    expect(allowed.status).toBe(201);
    expect(allowed.body.overrides).toEqual([
      { kind: 'rules', violations: ['MIN_NIGHTS'], reason: 'Late arrival, leaves tomorrow', by: { id: desk.staffId, name: desk.name }, at: expect.any(String) },
    ]);
    expect(allowed.body.quote).toEqual(quoteOf(card, 'mobile-home', day(6, 1), day(6, 2), { adults: 2 }));
    expect((await auditOf(api, allowed.body.id))[0]?.after_state).toMatchObject({ overrides: [{ kind: 'rules', violations: ['MIN_NIGHTS'], by: desk.staffId }] });
  });

  it('refuses taken nights with 409 naming them, and books nothing', async () => {
    const unit = nth(site.pitches, 0);
    const online = await bookStay(api, site.slug, unit.id, { arrival: day(7, 3), departure: day(7, 6) });
    const key = randomUUID();
    const answer = await post(booking({ stay: { arrival: day(7, 1), departure: day(7, 4) } }), key);
    expect(answer).toMatchObject({
      status: 409,
      body: {
        code: 'UNIT_TAKEN',
        details: {
          unitId: unit.id,
          conflicts: [
            { night: day(7, 3), kind: 'reservation', reference: online.reference },
          ],
        },
      },
    });
    expect(await withKey(key)).toEqual([]);
    expect(await nightsOf(api, online.id)).toEqual(nightLines(unit.id, day(7, 3), day(7, 6)));
    expect(await overlappingLiveStays(api, site.propertyId)).toEqual([]);
  });

  it('answers bad input with 400 naming each bad field, and writes nothing', async () => {
    const cases: [unknown, string[]][] = [
      [{ ...booking(), channel: 'fax' }, ['body.channel']],
      [{ ...booking(), stay: { arrival: day(8, 5), departure: day(8, 3) } }, ['body.stay.departure']],
      [{ ...booking(), guest: { ...guest, lastName: '' } }, ['body.guest.lastName']],
      [{ ...booking(), guest: { ...guest, email: 'not-an-address' } }, ['body.guest.email']],
      [{ ...booking(), party: { adults: 0 } }, ['body.party.adults']],
      [{ ...booking(), unitId: 'P1' }, ['body.unitId']],
      [{ ...booking(), priceOverride: { totalMinor: 100, adjustmentMinor: 5, reason: 'x' } }, ['body.priceOverride.totalMinor']],
      [{ ...booking(), priceOverride: { totalMinor: 100 } }, ['body.priceOverride.reason']],
      [{ ...booking(), priceOverride: { adjustmentMinor: -1_000_000, reason: 'Typo' } }, ['body.priceOverride.adjustmentMinor']],
    ];
    for (const [body, fields] of cases) {
      const key = randomUUID();
      const answer = await post(body, key);
      expect({ body, status: answer.status, code: answer.body.code, fields: Object.keys(answer.body.fields ?? {}) }).toEqual({ body, status: 400, code: 'VALIDATION_FAILED', fields });
      expect(await withKey(key)).toEqual([]);
    }
    expect(await post(booking(), null)).toMatchObject({ status: 400, body: { code: 'IDEMPOTENCY_KEY_MISSING' } });
    expect((await post(booking(), 'short')).body.fields).toHaveProperty('Idempotency-Key');
  });

  it('quotes a desk booking without booking it: price with the override, broken rules, unsuitable unit, free nights', async () => {
    const home = nth(site.mobileHomes, 1);
    const answer = await desk.call<DeskQuote>('POST', '/quote', {
      body: { unitId: home.id, stay: { arrival: day(9, 1), departure: day(9, 2) }, party: { adults: 5 }, priceOverride: { adjustmentMinor: -100, reason: 'Test' } },
    });
    const quoted = quoteOf(card, 'mobile-home', day(9, 1), day(9, 2), { adults: 5 });
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({
      quotedTotalMinor: quoted.totalMinor,
      quote: { totalMinor: quoted.totalMinor - 100 },
      violations: [{ code: 'MIN_NIGHTS' }],
      unsuitable: [{ code: 'TOO_MANY_GUESTS' }],
      nightsFree: true,
    });
    expect(await nightsOf(api, home.id)).toEqual([]);
  });

  it('lets the read-only role look but not book, change, cancel or annotate', async () => {
    const readOnly = await deskCaller(api, site.slug, 'read-only');
    const existing = await deskBook(desk, booking({ stay: { arrival: day(10, 1), departure: day(10, 3) } }));
    expect((await readOnly.call('GET', '')).status).toBe(200);
    expect((await readOnly.call('GET', `/${existing.id}`)).status).toBe(200);
    const writes = [
      readOnly.call('POST', '', { body: booking({ stay: { arrival: day(10, 5), departure: day(10, 6) } }), headers: { 'idempotency-key': randomUUID() } }),
      readOnly.call('PATCH', `/${existing.id}`, { body: { party: { adults: 1 } }, headers: { 'if-match': existing.etag } }),
      readOnly.call('POST', `/${existing.id}/cancel`, { body: {} }),
      readOnly.call('POST', `/${existing.id}/notes`, { body: { text: 'Hello' } }),
    ];
    for (const answer of await Promise.all(writes)) {
      expect(answer).toMatchObject({ status: 403, body: { code: 'ROLE_FORBIDDEN' } });
    }
    expect(await sql(api, 'SELECT version, status FROM reservations WHERE id = ?', [existing.id])).toEqual([{ version: 1, status: 'confirmed' }]);
    expect(await sql(api, 'SELECT id FROM reservation_notes WHERE reservation_id = ?', [existing.id])).toEqual([]);
  });
});
