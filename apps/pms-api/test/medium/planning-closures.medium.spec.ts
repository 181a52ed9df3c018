import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { availabilityTopic, closureSchema } from '@pitchdesk/contracts';
import type { ApiError, Closure, HoldResponse } from '@pitchdesk/contracts';
import { subscribe } from './support/hub-subscriber';
import type { TestApi } from './support/http-api';
import { startTestApi } from './support/http-api';
import { auditOf, bookStay, nightLines, nightsOf, overlappingLiveStays, sql, staffCaller } from './support/planning-staff';
import type { StaffCaller } from './support/planning-staff';
import { createTestCampsite, nth } from './support/test-campsite';
import type { TestCampsite } from './support/test-campsite';
import { workerConfig } from './support/test-database';

const YEAR = new Date().getUTCFullYear() + 1;
const day = (month: number, date: number): string => `${YEAR}-${String(month).padStart(2, '0')}-${String(date).padStart(2, '0')}`;

describe('closing units (out of order) on the real stack', () => {
  let api: TestApi;
  let site: TestCampsite;
  let staff: StaffCaller;

  const close = (unitId: string, from: string, to: string, reason = 'Hedge trimming') =>
    staff.call<Closure & ApiError>('POST', `/staff/properties/${site.slug}/units/${unitId}/closures`, { from, to, reason });
  const reopen = (closureId: string) => staff.call<ApiError | null>('DELETE', `/staff/properties/${site.slug}/closures/${closureId}`);
  const hold = (unitId: string, arrival: string, departure: string) =>
    api.call<HoldResponse & ApiError>('POST', `/properties/${site.slug}/holds`, { body: { unitId, stay: { arrival, departure }, party: { adults: 2 } } });

  beforeAll(async () => {
    api = await startTestApi(await workerConfig());
    site = await createTestCampsite(api.app, 'plan-closures', YEAR);
    staff = await staffCaller(api);
  });

  afterAll(async () => {
    await api.close();
  });

  it('takes the unit-nights like a booking: holds on them are refused, the nights around stay free', async () => {
    const unit = nth(site.pitches, 0);
    const subscriber = await subscribe(api.config.PD_HUB_URL, availabilityTopic(site.propertyId));
    let closed;
    try {
      const announced = subscriber.next();
      closed = await close(unit.id, day(5, 10), day(5, 14), '  Water pipe repair ');
      expect(closed.status).toBe(201);
      expect(closureSchema.parse(closed.body)).toMatchObject({
        propertyId: site.propertyId,
        unitId: unit.id,
        from: day(5, 10),
        to: day(5, 14),
        reason: 'Water pipe repair',
        createdBy: staff.staffId,
      });
      expect((await announced).changes).toEqual([
        { propertyId: site.propertyId, unitIds: [unit.id], arrival: day(5, 10), departure: day(5, 14), state: 'booked' },
      ]);
    } finally {
      subscriber.close();
    }
    expect(await nightsOf(api, closed.body.id)).toEqual(nightLines(unit.id, day(5, 10), day(5, 14)));

    const refused = await hold(unit.id, day(5, 13), day(5, 15));
    expect(refused).toMatchObject({ status: 409, body: { code: 'UNIT_TAKEN' } });
    expect((await hold(unit.id, day(5, 8), day(5, 10))).status).toBe(201);
    expect((await hold(unit.id, day(5, 14), day(5, 16))).status).toBe(201);
    expect(await overlappingLiveStays(api, site.propertyId)).toEqual([]);
  });

  it('cannot be placed over a booking or a hold: 409 naming them, and nothing is written', async () => {
    const unit = nth(site.pitches, 1);
    const booking = await bookStay(api, site.slug, unit.id, { arrival: day(6, 5), departure: day(6, 8) });
    const held = await hold(unit.id, day(6, 9), day(6, 10));
    expect(held.status).toBe(201);
    const closuresBefore = await sql(api, 'SELECT id FROM unit_closures WHERE unit_id = ?', [unit.id]);
    const eventsBefore = await sql(api, 'SELECT id FROM audit_events WHERE property_id = ?', [site.propertyId]);

    const refused = await close(unit.id, day(6, 7), day(6, 12));

    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({
      code: 'UNIT_TAKEN',
      details: {
        unitId: unit.id,
        arrival: day(6, 7),
        departure: day(6, 12),
        conflicts: [
          { night: day(6, 7), kind: 'reservation', reference: booking.reference, closureId: null },
          { night: day(6, 9), kind: 'reservation', reference: expect.stringMatching(/^[A-Z2-9]{8}$/), closureId: null },
        ],
      },
    });
    expect(await sql(api, 'SELECT id FROM unit_closures WHERE unit_id = ?', [unit.id])).toEqual(closuresBefore);
    expect(await sql(api, 'SELECT id FROM audit_events WHERE property_id = ?', [site.propertyId])).toEqual(eventsBefore);
    expect(await nightsOf(api, booking.id)).toEqual(nightLines(unit.id, day(6, 5), day(6, 8)));
    // Only the nights the claim wanted are refused: the free ones (10, 11) are not taken by anyone.
    const free = await sql(api, "SELECT COUNT(*) AS n FROM unit_nights WHERE unit_id = ? AND night IN (?, ?)", [unit.id, day(6, 10), day(6, 11)]);
    expect(Number((free[0] as { n: number }).n)).toBe(0);
  });

  it('cannot overlap another closure, whose id it names', async () => {
    const unit = nth(site.mobileHomes, 0);
    const first = await close(unit.id, day(7, 1), day(7, 5));
    expect(first.status).toBe(201);
    const second = await close(unit.id, day(7, 4), day(7, 6));
    expect(second).toMatchObject({
      status: 409,
      body: { code: 'UNIT_TAKEN', details: { conflicts: [{ night: day(7, 4), kind: 'closure', reference: null, closureId: first.body.id }] } },
    });
  });

  it('reopens: the nights are free again, the closure is kept as history, and both steps are audited', async () => {
    const unit = nth(site.mobileHomes, 1);
    const closed = await close(unit.id, day(8, 1), day(8, 6), 'Roof');
    expect(closed.status).toBe(201);
    expect((await hold(unit.id, day(8, 2), day(8, 5))).status).toBe(409);

    const reopened = await reopen(closed.body.id);
    expect(reopened.status).toBe(204);
    expect(await nightsOf(api, closed.body.id)).toEqual([]);
    expect((await hold(unit.id, day(8, 2), day(8, 5))).status).toBe(201);
    // A retried DELETE finds it reopened already: still 204, nothing released twice.
    expect((await reopen(closed.body.id)).status).toBe(204);

    const [row] = await sql<{ reopened_by: string; reopened_at: Date | null }>(api, 'SELECT reopened_by, reopened_at FROM unit_closures WHERE id = ?', [
      closed.body.id,
    ]);
    expect(row?.reopened_by).toBe(staff.staffId);
    expect(row?.reopened_at).toBeInstanceOf(Date);
    const closedState = { unitId: unit.id, from: day(8, 1), to: day(8, 6), reason: 'Roof', reopenedAt: null };
    // The actor is the signed-in staff member.
    expect(await auditOf(api, closed.body.id)).toEqual([
      { actor: staff.staffId, action: 'unit.closed', subject_type: 'closure', before_state: null, after_state: closedState },
      {
        actor: staff.staffId,
        action: 'unit.reopened',
        subject_type: 'closure',
        before_state: closedState,
        after_state: { ...closedState, reopenedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) },
      },
    ]);
  });

  it('answers 404 for a unit or closure that is not this property\'s, 400 for a bad request', async () => {
    const unknownUnit = await close('00000000-0000-4000-8000-000000000000', day(9, 1), day(9, 2));
    expect(unknownUnit).toMatchObject({ status: 404, body: { code: 'UNIT_NOT_FOUND' } });
    expect(await reopen('00000000-0000-4000-8000-000000000000')).toMatchObject({ status: 404, body: { code: 'CLOSURE_NOT_FOUND' } });
    const backwards = await close(nth(site.pitches, 0).id, day(9, 5), day(9, 1), '');
    expect(backwards.status).toBe(400);
    expect(Object.keys(backwards.body.fields ?? {}).sort()).toEqual(['body.reason', 'body.to']);
    expect((await staff.call('POST', `/staff/properties/${site.slug}/units/not-a-uuid/closures`, { from: day(9, 1), to: day(9, 2), reason: 'x' })).status).toBe(400);
  });
});
