import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { availabilityTopic, moveResultSchema } from '@pitchdesk/contracts';
import type { ApiError, MoveResult } from '@pitchdesk/contracts';
import { parseDateRange, quoteStay } from '@pitchdesk/domain';
import type { Quote, RateCard } from '@pitchdesk/domain';
import { todayAt } from '../../src/common/property-clock';
import { subscribe } from './support/hub-subscriber';
import type { TestApi } from './support/http-api';
import { startTestApi } from './support/http-api';
import { auditOf, bookStay, nightLines, nightsOf, overlappingLiveStays, sql, staffCaller } from './support/planning-staff';
import type { StaffCaller } from './support/planning-staff';
import { createTestCampsite, nth, testRateCard } from './support/test-campsite';
import type { TestCampsite } from './support/test-campsite';
import { workerConfig } from './support/test-database';

const YEAR = new Date().getUTCFullYear() + 1;
const day = (month: number, date: number): string => `${YEAR}-${String(month).padStart(2, '0')}-${String(date).padStart(2, '0')}`;
const CATALOGUE_CACHE_MS = 100;

interface StoredBooking {
  unit_id: string;
  unit_type_id: string;
  arrival: string;
  departure: string;
  total_minor: string | number;
  rate_card_version: number;
  status: string;
}

describe('moving bookings on the real stack', () => {
  let api: TestApi;
  let site: TestCampsite;
  let staff: StaffCaller;

  const move = (reservationId: string, body: Record<string, unknown>) =>
    staff.call<MoveResult & ApiError>('POST', `/staff/properties/${site.slug}/reservations/${reservationId}/move`, body);
  const stored = async (reservationId: string): Promise<StoredBooking | undefined> =>
    (
      await sql<StoredBooking>(
        api,
        'SELECT unit_id, unit_type_id, arrival, departure, total_minor, rate_card_version, status FROM reservations WHERE id = ?',
        [reservationId],
      )
    )[0];
  const folioOf = (reservationId: string) =>
    sql<{ kind: string; code: string; quantity: number; unit_minor: string | number; amount_minor: string | number }>(
      api,
      'SELECT kind, code, quantity, unit_minor, amount_minor FROM folio_lines WHERE reservation_id = ? ORDER BY id',
      [reservationId],
    ).then((rows) => rows.map((row) => ({ ...row, unit_minor: Number(row.unit_minor), amount_minor: Number(row.amount_minor) })));
  const asFolio = (quote: Quote) =>
    quote.lines.map((line) => ({ kind: line.kind, code: line.code, quantity: line.quantity, unit_minor: line.unitMinor, amount_minor: line.amountMinor }));
  const priced = (card: RateCard, unitTypeCode: string, arrival: string, departure: string, party: { adults: number; childrenAges: number[] }) =>
    quoteStay(card, { unitTypeCode, stay: parseDateRange({ arrival, departure }), party: { ...party, pets: 0, vehicles: 0 }, extras: [], bookedOn: todayAt('Europe/Rome') });

  beforeAll(async () => {
    // The shortest reuse of "the rate card in force", so a card published here applies at once.
    api = await startTestApi(await workerConfig({ PD_CATALOGUE_CACHE_MS: String(CATALOGUE_CACHE_MS), PD_DB_POOL_SIZE: '20' }));
    site = await createTestCampsite(api.app, 'plan-moves', YEAR);
    staff = await staffCaller(api);
  });

  afterAll(async () => {
    await api.close();
  });

  it('re-prices a move with the card as booked, a date change with the current card, and the folio follows', async () => {
    const [pitch, home] = [nth(site.pitches, 0), nth(site.mobileHomes, 0)];
    const party = { adults: 2, childrenAges: [7] };
    const booking = await bookStay(api, site.slug, pitch.id, { arrival: day(5, 10), departure: day(5, 13) }, party);
    const booked = testRateCard(YEAR);
    // A new rate card after the booking: every nightly rate doubled.
    const current: RateCard = { ...booked, unitTypeRates: booked.unitTypeRates.map((rate) => ({ ...rate, nightlyMinor: rate.nightlyMinor * 2 })) };
    await sql(api, 'INSERT INTO rate_cards (property_id, version, body) VALUES (?, 2, ?)', [site.propertyId, JSON.stringify(current)]);
    await new Promise((resolve) => setTimeout(resolve, CATALOGUE_CACHE_MS + 50));

    const subscriber = await subscribe(api.config.PD_HUB_URL, availabilityTopic(site.propertyId));
    let toHome;
    try {
      const announced = subscriber.next();
      toHome = await move(booking.id, { unitId: home.id, reprice: true });
      expect((await announced).changes).toEqual([
        { propertyId: site.propertyId, unitIds: [pitch.id], arrival: day(5, 10), departure: day(5, 13), state: 'released' },
        { propertyId: site.propertyId, unitIds: [home.id], arrival: day(5, 10), departure: day(5, 13), state: 'booked' },
      ]);
    } finally {
      subscriber.close();
    }
    const sameNights = priced(booked, 'mobile-home', day(5, 10), day(5, 13), party);
    expect(toHome.status).toBe(200);
    expect(moveResultSchema.parse(toHome.body)).toEqual({
      reservationId: booking.id,
      reference: booking.reference,
      moved: true,
      repriced: true,
      before: { unitId: pitch.id, unitCode: 'P1', arrival: day(5, 10), departure: day(5, 13), rateCardVersion: 1, totalMinor: booking.booking.quote.totalMinor },
      after: { unitId: home.id, unitCode: 'MH1', arrival: day(5, 10), departure: day(5, 13), rateCardVersion: 1, totalMinor: sameNights.totalMinor },
      currency: 'EUR',
      quote: sameNights,
    });
    expect(sameNights.totalMinor).not.toBe(booking.booking.quote.totalMinor);
    expect(await stored(booking.id)).toMatchObject({ unit_id: home.id, unit_type_id: site.mobileHomeType.id, rate_card_version: 1 });
    expect(Number((await stored(booking.id))?.total_minor)).toBe(sameNights.totalMinor);
    expect(await folioOf(booking.id)).toEqual(asFolio(sameNights));
    expect(await nightsOf(api, booking.id)).toEqual(nightLines(home.id, day(5, 10), day(5, 13)));

    const longer = await move(booking.id, { departure: day(5, 14), reprice: true });
    const newNights = priced(current, 'mobile-home', day(5, 10), day(5, 14), party);
    expect(longer.status).toBe(200);
    expect(longer.body.after).toEqual({ unitId: home.id, unitCode: 'MH1', arrival: day(5, 10), departure: day(5, 14), rateCardVersion: 2, totalMinor: newNights.totalMinor });
    expect(longer.body.quote).toEqual(newNights);
    expect(await folioOf(booking.id)).toEqual(asFolio(newNights));
    expect(await nightsOf(api, booking.id)).toEqual(nightLines(home.id, day(5, 10), day(5, 14)));

    // The actor is the signed-in staff member.
    const audit = await auditOf(api, booking.id);
    expect(audit.map((event) => [event.actor, event.action, event.subject_type])).toEqual([
      [staff.staffId, 'reservation.moved', 'reservation'],
      [staff.staffId, 'reservation.moved', 'reservation'],
    ]);
    expect(audit[0]?.before_state).toMatchObject({ unitId: pitch.id, unitTypeId: site.pitchType.id, rateCardVersion: 1, totalMinor: booking.booking.quote.totalMinor, quote: booking.booking.quote });
    expect(audit[0]?.after_state).toMatchObject({ unitId: home.id, unitTypeId: site.mobileHomeType.id, totalMinor: sameNights.totalMinor, repriced: true });
    expect(audit[1]?.after_state).toMatchObject({ departure: day(5, 14), rateCardVersion: 2, totalMinor: newNights.totalMinor });
  });

  it('keeps the price, the quote and the folio on a courtesy move (reprice: false)', async () => {
    const booking = await bookStay(api, site.slug, nth(site.pitches, 1).id, { arrival: day(5, 20), departure: day(5, 23) });
    const folio = await folioOf(booking.id);
    const version = (await stored(booking.id))?.rate_card_version;
    const answer = await move(booking.id, { unitId: nth(site.mobileHomes, 1).id, arrival: day(5, 21), departure: day(5, 24), reprice: false });
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ moved: true, repriced: false, quote: booking.booking.quote });
    expect(answer.body.after).toMatchObject({ unitCode: 'MH2', arrival: day(5, 21), departure: day(5, 24), totalMinor: booking.booking.quote.totalMinor, rateCardVersion: version });
    expect(await folioOf(booking.id)).toEqual(folio);
    expect(await stored(booking.id)).toMatchObject({
      unit_id: nth(site.mobileHomes, 1).id,
      unit_type_id: site.mobileHomeType.id,
      arrival: day(5, 21),
      rate_card_version: version,
    });
    expect(await nightsOf(api, booking.id)).toEqual(nightLines(nth(site.mobileHomes, 1).id, day(5, 21), day(5, 24)));
  });

  it('refuses a move onto taken unit-nights with 409 naming them, and changes nothing', async () => {
    const [p1, p2] = [nth(site.pitches, 0), nth(site.pitches, 1)];
    const mover = await bookStay(api, site.slug, p1.id, { arrival: day(6, 1), departure: day(6, 5) });
    const other = await bookStay(api, site.slug, p2.id, { arrival: day(6, 3), departure: day(6, 7) });
    const closure = await staff.call<{ id: string }>('POST', `/staff/properties/${site.slug}/units/${p1.id}/closures`, {
      from: day(6, 5),
      to: day(6, 7),
      reason: 'Resurfacing',
    });
    expect(closure.status).toBe(201);
    const before = { row: await stored(mover.id), folio: await folioOf(mover.id) };

    const ontoBooking = await move(mover.id, { unitId: p2.id, reprice: true });
    expect(ontoBooking.status).toBe(409);
    expect(ontoBooking.body).toMatchObject({
      code: 'UNIT_TAKEN',
      details: {
        unitId: p2.id,
        arrival: day(6, 1),
        departure: day(6, 5),
        conflicts: [
          { night: day(6, 3), kind: 'reservation', reference: other.reference, closureId: null },
          { night: day(6, 4), kind: 'reservation', reference: other.reference, closureId: null },
        ],
      },
    });
    const ontoClosure = await move(mover.id, { departure: day(6, 6), reprice: true });
    expect(ontoClosure).toMatchObject({
      status: 409,
      body: { code: 'UNIT_TAKEN', details: { conflicts: [{ night: day(6, 5), kind: 'closure', reference: null, closureId: closure.body.id }] } },
    });

    expect(await nightsOf(api, mover.id)).toEqual(nightLines(p1.id, day(6, 1), day(6, 5)));
    expect(await nightsOf(api, other.id)).toEqual(nightLines(p2.id, day(6, 3), day(6, 7)));
    expect({ row: await stored(mover.id), folio: await folioOf(mover.id) }).toEqual(before);
    expect(await auditOf(api, mover.id)).toEqual([]);
    expect(await overlappingLiveStays(api, site.propertyId)).toEqual([]);
  });

  it('lets exactly one of concurrent moves, a closure and holds racing for the same unit-nights win', async () => {
    const target = nth(site.mobileHomes, 1);
    for (const month of [8, 9, 10]) {
      const [arrival, departure] = [day(month, 10), day(month, 13)];
      const onPitch = await bookStay(api, site.slug, nth(site.pitches, 0).id, { arrival, departure });
      const inHome = await bookStay(api, site.slug, nth(site.mobileHomes, 0).id, { arrival, departure });
      const racers = [
        move(onPitch.id, { unitId: target.id, reprice: true }),
        move(inHome.id, { unitId: target.id, reprice: false }),
        staff.call<ApiError>('POST', `/staff/properties/${site.slug}/units/${target.id}/closures`, { from: arrival, to: departure, reason: 'Race' }),
        ...Array.from({ length: 10 }, () =>
          api.call<ApiError>('POST', `/properties/${site.slug}/holds`, { body: { unitId: target.id, stay: { arrival, departure }, party: { adults: 2 } } }),
        ),
      ];
      const answers = await Promise.all(racers);
      const winners = answers.filter((answer) => answer.status === 200 || answer.status === 201);
      expect(winners).toHaveLength(1);
      const losers = answers.filter((answer) => answer.status !== 200 && answer.status !== 201);
      expect(losers.map((answer) => answer.status)).toEqual(Array(losers.length).fill(409));
      expect(losers.every((answer) => ['UNIT_TAKEN', 'BUSY'].includes((answer.body as ApiError).code))).toBe(true);

      const owners = await sql<{ reservation_id: string }>(api, 'SELECT DISTINCT reservation_id FROM unit_nights WHERE unit_id = ? AND night >= ? AND night < ?', [
        target.id,
        arrival,
        departure,
      ]);
      expect(owners).toHaveLength(1);
      // A move that lost still holds its own nights; the one that won holds only the new ones.
      for (const booking of [
        { id: onPitch.id, unitId: nth(site.pitches, 0).id },
        { id: inHome.id, unitId: nth(site.mobileHomes, 0).id },
      ]) {
        const won = owners[0]?.reservation_id === booking.id;
        expect(await nightsOf(api, booking.id)).toEqual(nightLines(won ? target.id : booking.unitId, arrival, departure));
      }
      expect(await overlappingLiveStays(api, site.propertyId)).toEqual([]);
    }
  });

  it('moves only confirmed bookings, into units that take the party, priced where prices exist', async () => {
    const hold = await api.call<{ holdId: string }>('POST', `/properties/${site.slug}/holds`, {
      body: { unitId: nth(site.pitches, 1).id, stay: { arrival: day(11, 1), departure: day(11, 3) }, party: { adults: 1 } },
    });
    expect(await move(hold.body.holdId, { departure: day(11, 4), reprice: true })).toMatchObject({ status: 409, body: { code: 'NOT_MOVABLE' } });

    const crowd = await bookStay(api, site.slug, nth(site.pitches, 0).id, { arrival: day(11, 5), departure: day(11, 8) }, { adults: 5 });
    const unsuitable = await move(crowd.id, { unitId: nth(site.mobileHomes, 0).id, reprice: true });
    expect(unsuitable).toMatchObject({ status: 422, body: { code: 'UNIT_UNSUITABLE', details: { violations: [{ code: 'TOO_MANY_GUESTS' }] } } });
    expect(await nightsOf(api, crowd.id)).toEqual(nightLines(nth(site.pitches, 0).id, day(11, 5), day(11, 8)));

    // Bed linen is offered in mobile homes only: a pitch cannot price it.
    const linen = await bookStay(api, site.slug, nth(site.mobileHomes, 0).id, { arrival: day(11, 10), departure: day(11, 13) }, { adults: 2 }, [
      { code: 'linen', quantity: 1 },
    ]);
    const unpriceable = await move(linen.id, { unitId: nth(site.pitches, 1).id, reprice: true });
    expect(unpriceable).toMatchObject({ status: 422, body: { code: 'PRICING_FAILED', details: { reason: 'EXTRA_NOT_OFFERED' } } });
    expect(await nightsOf(api, linen.id)).toEqual(nightLines(nth(site.mobileHomes, 0).id, day(11, 10), day(11, 13)));

    const cancelled = await bookStay(api, site.slug, nth(site.pitches, 1).id, { arrival: day(11, 20), departure: day(11, 22) });
    await api.call('POST', `/bookings/${cancelled.reference}/cancellation`, { headers: { authorization: `Bearer ${cancelled.manageToken}` } });
    expect(await move(cancelled.id, { unitId: nth(site.pitches, 0).id, reprice: false })).toMatchObject({ status: 409, body: { code: 'NOT_MOVABLE' } });
  });

  it('answers a move to where the booking already is with moved: false, and changes nothing', async () => {
    const booking = await bookStay(api, site.slug, nth(site.pitches, 1).id, { arrival: day(12, 1), departure: day(12, 3) });
    const answer = await move(booking.id, { unitId: nth(site.pitches, 1).id, arrival: day(12, 1), reprice: true });
    expect(answer).toMatchObject({ status: 200, body: { moved: false, repriced: false, quote: booking.booking.quote } });
    expect(answer.body.after).toEqual(answer.body.before);
    expect(await auditOf(api, booking.id)).toEqual([]);
  });

  it('answers client mistakes with 400/404 and the field at fault', async () => {
    const booking = await bookStay(api, site.slug, nth(site.pitches, 0).id, { arrival: day(12, 10), departure: day(12, 12) });
    const nothing = await move(booking.id, { reprice: true });
    expect(nothing.status).toBe(400);
    expect(Object.keys(nothing.body.fields ?? {})).toEqual(['body.unitId']);
    const backwards = await move(booking.id, { departure: day(12, 10), reprice: true });
    expect(backwards.status).toBe(400);
    expect(Object.keys(backwards.body.fields ?? {})).toEqual(['body.departure']);
    expect(await move('00000000-0000-4000-8000-000000000000', { departure: day(12, 13), reprice: true })).toMatchObject({
      status: 404,
      body: { code: 'RESERVATION_NOT_FOUND' },
    });
    expect(await move(booking.id, { unitId: '00000000-0000-4000-8000-000000000000', reprice: true })).toMatchObject({
      status: 404,
      body: { code: 'UNIT_NOT_FOUND' },
    });
  });
});
