import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { availabilityTopic } from '@pitchdesk/contracts';
import type { ApiError, ReservationChange, ReservationDetail, ReservationNote } from '@pitchdesk/contracts';
import { AvailabilityPublisher } from '../../src/realtime/availability-publisher';
import { subscribe } from './support/hub-subscriber';
import type { TestApi } from './support/http-api';
import { startTestApi } from './support/http-api';
import { auditOf, bookStay, nightLines, nightsOf, overlappingLiveStays, sql } from './support/planning-staff';
import { daysFromToday, deskBook, deskCaller, folioOf, quoteOf, storedRow } from './support/reservation-desk-staff';
import type { DeskCaller } from './support/reservation-desk-staff';
import { createTestCampsite, nth, testRateCard } from './support/test-campsite';
import type { TestCampsite } from './support/test-campsite';
import { workerConfig } from './support/test-database';

const YEAR = new Date().getUTCFullYear();
const NEXT = YEAR + 1;
const day = (month: number, date: number): string => `${NEXT}-${String(month).padStart(2, '0')}-${String(date).padStart(2, '0')}`;
const guest = { firstName: 'Sara', lastName: 'Verdi', email: 'sara.verdi@example.org', country: 'IT' };

describe('changing desk reservations on the real stack: edits, concurrency, cancellations, notes, audit', () => {
  let api: TestApi;
  let site: TestCampsite;
  let desk: DeskCaller;
  let other: DeskCaller;
  // The test campsite's season runs from this year to the end of next year.
  const card = testRateCard(YEAR);

  const book = (unitIndex: number, arrival: string, departure: string, party = { adults: 2 }) =>
    deskBook(desk, { channel: 'phone', unitId: nth(site.pitches, unitIndex).id, stay: { arrival, departure }, party, guest });
  const patch = (caller: DeskCaller, reservation: { id: string; etag: string }, body: unknown, etag: string | null = reservation.etag) =>
    caller.call<ReservationChange & ApiError>('PATCH', `/${reservation.id}`, { body, headers: etag === null ? {} : { 'if-match': etag } });
  const detail = async (id: string): Promise<ReservationDetail> => (await desk.call<ReservationDetail>('GET', `/${id}`)).body;

  beforeAll(async () => {
    api = await startTestApi(await workerConfig({ PD_DB_POOL_SIZE: '20' }));
    site = await createTestCampsite(api.app, 'desk-change', YEAR);
    desk = await deskCaller(api, site.slug);
    other = await deskCaller(api, site.slug, 'admin');
  });

  afterAll(async () => {
    await api.close();
  });

  it('re-prices an edit of party and dates, shows the old total, moves the nights, and the folio follows', async () => {
    const booked = await book(0, day(3, 1), day(3, 4));
    // The booking's own announcement goes out first, so the edit's arrives on its own.
    await api.app.get(AvailabilityPublisher).settled();
    const subscriber = await subscribe(api.config.PD_HUB_URL, availabilityTopic(site.propertyId));
    let answer;
    try {
      const announced = subscriber.next();
      answer = await patch(desk, booked, { stay: { arrival: day(3, 2), departure: day(3, 6) }, party: { adults: 2, childrenAges: [5] } });
      expect((await announced).changes).toEqual([
        { propertyId: site.propertyId, unitIds: [nth(site.pitches, 0).id], arrival: day(3, 1), departure: day(3, 2), state: 'released' },
        { propertyId: site.propertyId, unitIds: [nth(site.pitches, 0).id], arrival: day(3, 4), departure: day(3, 6), state: 'booked' },
      ]);
    } finally {
      subscriber.close();
    }
    const expected = quoteOf(card, 'pitch', day(3, 2), day(3, 6), { adults: 2, childrenAges: [5] });
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ previousTotalMinor: booked.totalMinor, repriced: true });
    expect(answer.body.reservation).toMatchObject({ arrival: day(3, 2), departure: day(3, 6), quote: expected, totalMinor: expected.totalMinor, version: 2 });
    expect(answer.body.reservation.etag).not.toBe(booked.etag);
    expect(await nightsOf(api, booked.id)).toEqual(nightLines(nth(site.pitches, 0).id, day(3, 2), day(3, 6)));
    expect(await folioOf(api, booked.id)).toEqual(expected.lines.map((line) => ({ kind: line.kind, code: line.code, amount: line.amountMinor })));
    const audit = await auditOf(api, booked.id);
    expect(audit.map((event) => [event.actor, event.action])).toEqual([
      [desk.staffId, 'reservation.created'],
      [desk.staffId, 'reservation.updated'],
    ]);
    expect(audit[1]?.before_state).toMatchObject({ arrival: day(3, 1), departure: day(3, 4), totalMinor: booked.totalMinor, party: { adults: 2, childrenAges: [] } });
    expect(audit[1]?.after_state).toMatchObject({ arrival: day(3, 2), departure: day(3, 6), totalMinor: expected.totalMinor, repriced: true, party: { childrenAges: [5] } });
  });

  it('keeps desk charges on the folio when an edit replaces the quoted lines', async () => {
    const booked = await book(1, day(3, 10), day(3, 12));
    await sql(api, "INSERT INTO folio_lines (reservation_id, kind, code, quantity, unit_minor, amount_minor) VALUES (?, 'desk-charge', 'firewood', 1, 800, 800)", [booked.id]);
    const answer = await patch(desk, booked, { party: { adults: 3 } });
    expect(answer.status).toBe(200);
    const folio = await folioOf(api, booked.id);
    expect(folio.filter((line) => line.kind === 'desk-charge')).toEqual([{ kind: 'desk-charge', code: 'firewood', amount: 800 }]);
    expect(folio.filter((line) => line.kind !== 'desk-charge').reduce((sum, line) => sum + line.amount, 0)).toBe(answer.body.reservation.totalMinor);
  });

  it('refuses an edit onto a taken night with 409 naming it, and changes nothing', async () => {
    const booked = await book(0, day(4, 1), day(4, 4));
    const blocker = await bookStay(api, site.slug, nth(site.pitches, 1).id, { arrival: day(4, 3), departure: day(4, 5) });
    const before = { row: await storedRow(api, booked.id), folio: await folioOf(api, booked.id), nights: await nightsOf(api, booked.id) };

    const answer = await patch(desk, booked, { unitId: nth(site.pitches, 1).id, party: { adults: 1 } });
    expect(answer).toMatchObject({
      status: 409,
      body: { code: 'UNIT_TAKEN', details: { unitId: nth(site.pitches, 1).id, conflicts: [{ night: day(4, 3), reference: blocker.reference }] } },
    });
    expect({ row: await storedRow(api, booked.id), folio: await folioOf(api, booked.id), nights: await nightsOf(api, booked.id) }).toEqual(before);
    const longer = await patch(desk, booked, { stay: { arrival: day(4, 1), departure: day(4, 5) } });
    expect(longer.status).toBe(200);
    expect(await patch(desk, longer.body.reservation, { unitId: nth(site.pitches, 1).id })).toMatchObject({ status: 409, body: { code: 'UNIT_TAKEN' } });
    expect(await nightsOf(api, blocker.id)).toEqual(nightLines(nth(site.pitches, 1).id, day(4, 3), day(4, 5)));
    expect(before.nights).toEqual(nightLines(nth(site.pitches, 0).id, day(4, 1), day(4, 4)));
    expect((await auditOf(api, booked.id)).map((event) => event.action)).toEqual(['reservation.created', 'reservation.updated']);
    expect(await overlappingLiveStays(api, site.propertyId)).toEqual([]);
  });

  it('lets exactly one of two staff editing the same read win; the other gets 412 and changes nothing', async () => {
    const booked = await book(1, day(5, 1), day(5, 3));
    const answers = await Promise.all([
      patch(desk, booked, { party: { adults: 3 } }),
      patch(other, booked, { stay: { arrival: day(5, 1), departure: day(5, 5) } }),
    ]);
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 412]);
    const loser = answers.find((answer) => answer.status === 412);
    const winner = answers.find((answer) => answer.status === 200);
    expect(loser?.body).toMatchObject({ code: 'VERSION_CONFLICT', details: { etag: winner?.body.reservation.etag } });
    const now = await detail(booked.id);
    expect(now.version).toBe(2);
    const partyWon = now.party.adults === 3;
    expect(now.departure).toBe(partyWon ? day(5, 3) : day(5, 5));
    expect(await nightsOf(api, booked.id)).toEqual(nightLines(nth(site.pitches, 1).id, day(5, 1), partyWon ? day(5, 3) : day(5, 5)));
    expect((await auditOf(api, booked.id)).filter((event) => event.action === 'reservation.updated')).toHaveLength(1);

    // Without If-Match an edit could overwrite what its sender never saw: refused.
    expect(await patch(desk, now, { party: { adults: 1 } }, null)).toMatchObject({ status: 428, body: { code: 'PRECONDITION_REQUIRED' } });
    // A move on the planning board changes the tag too, though it does not bump the version.
    const moved = await desk.call('POST', `/${booked.id}/move`, { body: { departure: day(5, 6), reprice: true } });
    expect(moved.status).toBe(200);
    expect(await patch(desk, now, { party: { adults: 1 } })).toMatchObject({ status: 412, body: { code: 'VERSION_CONFLICT' } });
    expect((await detail(booked.id)).party.adults).toBe(now.party.adults);
  });

  it('names bad edits on their fields (400) and refuses to edit a cancelled stay (409)', async () => {
    const booked = await book(0, day(6, 1), day(6, 3));
    for (const [body, field] of [
      [{}, 'body.unitId'],
      [{ stay: { arrival: day(6, 5), departure: day(6, 2) } }, 'body.stay.departure'],
      [{ guest: { ...guest, country: 'Italy' } }, 'body.guest.country'],
      [{ priceOverride: { totalMinor: -5, reason: 'x' } }, 'body.priceOverride.totalMinor'],
    ] as const) {
      const answer = await patch(desk, booked, body);
      expect([answer.status, Object.keys(answer.body.fields ?? {})]).toEqual([400, [field]]);
    }
    expect((await desk.call('GET', '/not-a-uuid')).body.fields).toHaveProperty('id');
    expect(await storedRow(api, booked.id)).toMatchObject({ version: 1 });
    await desk.call('POST', `/${booked.id}/cancel`, { body: {} });
    const cancelled = await detail(booked.id);
    expect(await patch(desk, cancelled, { party: { adults: 1 } })).toMatchObject({ status: 409, body: { code: 'NOT_EDITABLE', details: { status: 'cancelled' } } });
  });

  it('cancels with the policy fee: frees the nights, adds the fee to the folio, e-mails the guest', async () => {
    // Inside the 30 days before arrival: the policy charges 30 %.
    const booked = await book(0, daysFromToday(10), daysFromToday(13));
    const answer = await desk.call<ReservationChange>('POST', `/${booked.id}/cancel`, { body: {} });
    const fee = Math.round(booked.totalMinor * 0.3);
    expect(answer.status).toBe(200);
    expect(answer.body.reservation).toMatchObject({ status: 'cancelled', cancellationFeeMinor: fee, overrides: [] });
    expect(await nightsOf(api, booked.id)).toEqual([]);
    expect((await folioOf(api, booked.id)).filter((line) => line.kind === 'cancellation-fee')).toEqual([{ kind: 'cancellation-fee', code: 'cancellation', amount: fee }]);
    expect(await sql(api, 'SELECT recipient FROM mail_outbox WHERE message_key = ?', [`booking-cancelled:${booked.reference}`])).toEqual([{ recipient: guest.email }]);
    expect((await auditOf(api, booked.id)).at(-1)).toMatchObject({ actor: desk.staffId, action: 'reservation.cancelled', after_state: { feeMinor: fee, policyFeeMinor: fee } });
    expect(await desk.call('POST', `/${booked.id}/cancel`, { body: {} })).toMatchObject({ status: 409, body: { code: 'NOT_CANCELLABLE' } });
    // The nights are free again: the same unit books.
    expect((await book(0, daysFromToday(10), daysFromToday(13))).status).toBe('confirmed');
  });

  it('cancels with a recorded fee override, and refuses one without a reason or above the total', async () => {
    const booked = await book(1, daysFromToday(5), daysFromToday(7));
    const policyFee = Math.round(booked.totalMinor * 0.3);
    const noReason = await desk.call('POST', `/${booked.id}/cancel`, { body: { feeOverride: { feeMinor: 0 } } });
    expect([noReason.status, Object.keys(noReason.body.fields ?? {})]).toEqual([400, ['body.feeOverride.reason']]);
    const tooMuch = await desk.call('POST', `/${booked.id}/cancel`, { body: { feeOverride: { feeMinor: booked.totalMinor + 1, reason: 'x' } } });
    expect([tooMuch.status, Object.keys(tooMuch.body.fields ?? {})]).toEqual([400, ['body.feeOverride.feeMinor']]);
    expect(await storedRow(api, booked.id)).toMatchObject({ status: 'confirmed' });

    const answer = await desk.call<ReservationChange>('POST', `/${booked.id}/cancel`, { body: { feeOverride: { feeMinor: 0, reason: 'Hospital stay, certificate seen' } } });
    expect(answer.status).toBe(200);
    expect(answer.body.reservation).toMatchObject({
      status: 'cancelled',
      cancellationFeeMinor: 0,
      overrides: [{ kind: 'cancellation-fee', feeMinor: 0, policyFeeMinor: policyFee, reason: 'Hospital stay, certificate seen', by: { id: desk.staffId, name: desk.name } }],
    });
    expect((await folioOf(api, booked.id)).filter((line) => line.kind === 'cancellation-fee')).toEqual([]);
    expect(await nightsOf(api, booked.id)).toEqual([]);
  });

  it('adds notes with author and time, lists them and the whole audit trail on the detail', async () => {
    const booked = await book(0, day(7, 1), day(7, 3));
    const first = await desk.call<ReservationNote>('POST', `/${booked.id}/notes`, { body: { text: '  Arrives after 22:00  ' } });
    expect(first).toMatchObject({ status: 201, body: { text: 'Arrives after 22:00', author: { id: desk.staffId, name: desk.name } } });
    await other.call('POST', `/${booked.id}/notes`, { body: { text: 'Needs a shady pitch' } });
    for (const [body, field] of [
      [{ text: '   ' }, 'body.text'],
      [{ text: 'x'.repeat(2001) }, 'body.text'],
      [{}, 'body.text'],
    ] as const) {
      const answer = await desk.call('POST', `/${booked.id}/notes`, { body });
      expect([answer.status, Object.keys(answer.body.fields ?? {})]).toEqual([400, [field]]);
    }
    await patch(other, booked, { guest: { ...guest, phone: '+39 333 1234567' } });

    const view = await detail(booked.id);
    expect(view.notes).toMatchObject([
      { text: 'Arrives after 22:00', author: { id: desk.staffId, name: desk.name } },
      { text: 'Needs a shady pitch', author: { id: other.staffId, name: other.name } },
    ]);
    expect(view.guest?.phone).toBe('+39 333 1234567');
    expect(view.audit.map((entry) => [entry.action, entry.actor.name])).toEqual([
      ['reservation.created', desk.name],
      ['reservation.note-added', desk.name],
      ['reservation.note-added', other.name],
      ['reservation.updated', other.name],
    ]);
    expect(view.audit[3]?.before).not.toHaveProperty('guest.phone');
    expect(view.audit[3]?.after).toMatchObject({ guest: { phone: '+39 333 1234567' }, repriced: false });
    expect(await sql(api, 'SELECT id FROM reservation_notes WHERE reservation_id = ?', [booked.id])).toHaveLength(2);
  });
});
