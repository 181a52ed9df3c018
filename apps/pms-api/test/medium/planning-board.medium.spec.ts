import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { planningBoardSchema } from '@pitchdesk/contracts';
import type { Closure, HoldResponse, PlanningBoard } from '@pitchdesk/contracts';
import { parseDateRange } from '@pitchdesk/domain';
import { DatabaseSessions } from '../../src/database/database-sessions';
import { PlanningRepository } from '../../src/planning/planning.repository';
import type { TestApi } from './support/http-api';
import { startTestApi } from './support/http-api';
import { bookStay, staffCaller } from './support/planning-staff';
import type { StaffCaller } from './support/planning-staff';
import { createTestCampsite, nth } from './support/test-campsite';
import type { TestCampsite } from './support/test-campsite';
import { serverIdOf, workerConfig } from './support/test-database';

const YEAR = new Date().getUTCFullYear() + 1;
const day = (month: number, date: number): string => `${YEAR}-${String(month).padStart(2, '0')}-${String(date).padStart(2, '0')}`;

describe('the planning board on the real stack', () => {
  let api: TestApi;
  let site: TestCampsite;
  let staff: StaffCaller;

  const board = (query: string) => staff.call<PlanningBoard>('GET', `/staff/properties/${site.slug}/planning?${query}`);

  beforeAll(async () => {
    api = await startTestApi(await workerConfig());
    site = await createTestCampsite(api.app, 'plan-board', YEAR);
    staff = await staffCaller(api);
  });

  afterAll(async () => {
    await api.close();
  });

  it('lists every unit in board order and every hold, booking and closure of the days as bars, clipped to them', async () => {
    const [p1, p2] = [nth(site.pitches, 0), nth(site.pitches, 1)];
    const [mh1, mh2] = [nth(site.mobileHomes, 0), nth(site.mobileHomes, 1)];
    const family = await bookStay(api, site.slug, p1.id, { arrival: day(7, 3), departure: day(7, 8) }, { adults: 2, childrenAges: [7, 1] });
    const crossing = await bookStay(api, site.slug, mh1.id, { arrival: day(6, 28), departure: day(7, 2) });
    const held = await api.call<HoldResponse>('POST', `/properties/${site.slug}/holds`, {
      body: { unitId: p2.id, stay: { arrival: day(7, 10), departure: day(7, 12) }, party: { adults: 1 } },
    });
    expect(held.status).toBe(201);
    const closed = await staff.call<Closure>('POST', `/staff/properties/${site.slug}/units/${mh2.id}/closures`, {
      from: day(7, 14),
      to: day(7, 20),
      reason: 'New decking',
    });
    expect(closed.status).toBe(201);
    // Neither of these may show: one is after the board's last night, one was cancelled.
    await bookStay(api, site.slug, p2.id, { arrival: day(7, 15), departure: day(7, 18) });
    const cancelled = await bookStay(api, site.slug, p2.id, { arrival: day(7, 4), departure: day(7, 6) });
    const cancellation = await api.call('POST', `/bookings/${cancelled.reference}/cancellation`, {
      headers: { authorization: `Bearer ${cancelled.manageToken}` },
    });
    expect(cancellation.status).toBe(200);

    const answer = await board(`from=${day(7, 1)}&days=14`);

    expect(answer.status).toBe(200);
    expect(planningBoardSchema.parse(answer.body)).toEqual({
      propertyId: site.propertyId,
      from: day(7, 1),
      to: day(7, 15),
      days: 14,
      units: [
        { id: p1.id, code: 'P1', unitTypeId: site.pitchType.id, unitTypeCode: 'pitch', mapOrder: 0 },
        { id: p2.id, code: 'P2', unitTypeId: site.pitchType.id, unitTypeCode: 'pitch', mapOrder: 1 },
        { id: mh1.id, code: 'MH1', unitTypeId: site.mobileHomeType.id, unitTypeCode: 'mobile-home', mapOrder: 2 },
        { id: mh2.id, code: 'MH2', unitTypeId: site.mobileHomeType.id, unitTypeCode: 'mobile-home', mapOrder: 3 },
      ],
      bars: [
        {
          kind: 'reservation',
          reservationId: family.id,
          reference: family.reference,
          status: 'confirmed',
          guestName: 'Giulia Rossi',
          partySize: 4,
          unitId: p1.id,
          arrival: day(7, 3),
          departure: day(7, 8),
          from: day(7, 3),
          to: day(7, 8),
        },
        {
          kind: 'reservation',
          reservationId: held.body.holdId,
          reference: expect.stringMatching(/^[A-Z2-9]{8}$/),
          status: 'held',
          guestName: null,
          partySize: 1,
          unitId: p2.id,
          arrival: day(7, 10),
          departure: day(7, 12),
          from: day(7, 10),
          to: day(7, 12),
        },
        {
          kind: 'reservation',
          reservationId: crossing.id,
          reference: crossing.reference,
          status: 'confirmed',
          guestName: 'Giulia Rossi',
          partySize: 2,
          unitId: mh1.id,
          arrival: day(6, 28),
          departure: day(7, 2),
          from: day(7, 1),
          to: day(7, 2),
        },
        {
          kind: 'closure',
          closureId: closed.body.id,
          reason: 'New decking',
          unitId: mh2.id,
          arrival: day(7, 14),
          departure: day(7, 20),
          from: day(7, 14),
          to: day(7, 15),
        },
      ],
    });
  });

  it('reads the board on the primary: what is taken now, not what a replica has caught up with', async () => {
    const sessions = api.app.get(DatabaseSessions);
    const primaryId = await serverIdOf('primary');
    // Real queries on the real servers; the spy only notes which server answered each read.
    const served: { intent: string; serverId: number }[] = [];
    const read = sessions.read.bind(sessions);
    const spy = vi.spyOn(sessions, 'read').mockImplementation((intent, work) =>
      read(intent, async (manager) => {
        const [row] = (await manager.query('SELECT @@server_id AS id')) as { id: number }[];
        served.push({ intent, serverId: Number(row?.id) });
        return work(manager);
      }),
    );
    try {
      const { units } = await api.app.get(PlanningRepository).board(site.propertyId, parseDateRange({ arrival: day(9, 1), departure: day(9, 8) }));
      expect(units).toHaveLength(4);
    } finally {
      spy.mockRestore();
    }
    expect(served).toEqual([{ intent: 'primary', serverId: primaryId }]);
  });

  it.each([
    ['more than 92 days', `from=${day(7, 1)}&days=93`, 'query.days'],
    ['no start day', 'days=7', 'query.from'],
    ['an impossible date', `from=${YEAR}-02-30&days=7`, 'query.from'],
  ])('refuses %s, naming the field', async (_case, query, field) => {
    const answer = await board(query);
    expect(answer.status).toBe(400);
    expect(Object.keys((answer.body as unknown as { fields: Record<string, string> }).fields)).toEqual([field]);
  });

  it('answers 404 for a property that does not exist', async () => {
    const answer = await staff.call<{ code: string }>('GET', `/staff/properties/no-such-site/planning?from=${day(7, 1)}`);
    expect(answer).toMatchObject({ status: 404, body: { code: 'PROPERTY_NOT_FOUND' } });
  });

  it('lets read-only staff look at the board but not close a unit', async () => {
    const readOnly = await staffCaller(api, 'read-only');
    expect((await readOnly.call('GET', `/staff/properties/${site.slug}/planning?from=${day(7, 1)}`)).status).toBe(200);
    const close = await readOnly.call<{ code: string }>('POST', `/staff/properties/${site.slug}/units/${nth(site.pitches, 0).id}/closures`, {
      from: day(10, 1),
      to: day(10, 3),
      reason: 'Not allowed',
    });
    expect(close).toMatchObject({ status: 403, body: { code: 'ROLE_FORBIDDEN' } });
  });
});
