import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STAFF_EVENT_TYPE, staffLiveSubscriptionSchema, staffTopic, staffUpdateSchema } from '@pitchdesk/contracts';
import type { StaffLiveSubscription } from '@pitchdesk/contracts';
import type { TestApi } from './support/http-api';
import { startTestApi } from './support/http-api';
import { bookStay, staffCaller } from './support/planning-staff';
import type { StaffCaller } from './support/planning-staff';
import { openStream } from './support/staff-stream';
import { createTestCampsite, nth } from './support/test-campsite';
import type { TestCampsite } from './support/test-campsite';
import { workerConfig } from './support/test-database';

const YEAR = new Date().getUTCFullYear() + 1;
const MARKER_TYPE = 'marker';

describe('the private staff stream on the real hub', () => {
  let api: TestApi;
  let site: TestCampsite;
  let reception: StaffCaller;

  const liveFor = async (caller: StaffCaller): Promise<StaffLiveSubscription> => {
    const answer = await caller.call<StaffLiveSubscription>('GET', `/staff/properties/${site.slug}/live`);
    expect(answer.status).toBe(200);
    return staffLiveSubscriptionSchema.parse(answer.body);
  };

  /** A public update on the staff topic, published straight to the hub: what an anonymous stream does get. */
  const publishPublicMarker = async (topic: string): Promise<void> => {
    const jwt = await new SignJWT({ mercure: { publish: [topic] } })
      .setProtectedHeader({ alg: 'HS256' })
      .setExpirationTime('1m')
      .sign(new TextEncoder().encode(api.config.PD_HUB_PUBLISHER_KEY));
    const response = await fetch(api.config.PD_HUB_URL, {
      method: 'POST',
      headers: { authorization: `Bearer ${jwt}` },
      body: new URLSearchParams({ topic, data: 'marker', type: MARKER_TYPE }),
    });
    expect(response.status).toBe(200);
  };

  beforeAll(async () => {
    api = await startTestApi(await workerConfig());
    site = await createTestCampsite(api.app, 'staff-live', YEAR);
    reception = await staffCaller(api, 'reception');
  });

  afterAll(async () => {
    await api.close();
  });

  it('gives signed-in staff a short-lived token for the property’s private topic only', async () => {
    const live = await liveFor(await staffCaller(api, 'read-only'));
    expect(live.topic).toBe(staffTopic(site.propertyId));
    const claims = JSON.parse(Buffer.from(live.token.split('.')[1] ?? '', 'base64url').toString()) as { mercure: unknown; exp: number; iat: number };
    expect(claims.mercure).toEqual({ subscribe: [live.topic] });
    expect(claims.exp - claims.iat).toBe(300);
    expect(Date.parse(live.expiresAt)).toBe(claims.exp * 1000);
  });

  it('refuses a token to anyone not signed in', async () => {
    const anonymous = await api.call('GET', `/staff/properties/${site.slug}/live`);
    expect(anonymous.status).toBe(401);
  });

  it('tells staff of a guest’s booking and a staff move, and tells an anonymous subscriber nothing', async () => {
    const live = await liveFor(reception);
    const staffStream = await openStream(api.config.PD_HUB_URL, [live.topic], live.token, [MARKER_TYPE]);
    const anonymousStream = await openStream(api.config.PD_HUB_URL, [live.topic], undefined, [MARKER_TYPE]);
    try {
      const booking = await bookStay(api, site.slug, nth(site.pitches, 0).id, { arrival: `${YEAR}-06-10`, departure: `${YEAR}-06-12` });
      const created = await staffStream.waitFor(STAFF_EVENT_TYPE, (data) => data.includes('reservation.created'));
      expect(staffUpdateSchema.parse(JSON.parse(created)).events).toEqual([
        { propertyId: site.propertyId, kind: 'reservation.created', subjectId: booking.id, actor: 'guest' },
      ]);

      const moved = await reception.call('POST', `/staff/properties/${site.slug}/reservations/${booking.id}/move`, { unitId: nth(site.pitches, 1).id, reprice: false });
      expect(moved.status).toBe(200);
      const movedEvent = await staffStream.waitFor(STAFF_EVENT_TYPE, (data) => data.includes('reservation.moved'));
      expect(staffUpdateSchema.parse(JSON.parse(movedEvent)).events).toEqual([
        { propertyId: site.propertyId, kind: 'reservation.moved', subjectId: booking.id, actor: reception.staffId },
      ]);

      // The hub delivers a stream's updates in order: once the anonymous stream has the public
      // marker published after both private updates, it would have had them too.
      await publishPublicMarker(live.topic);
      await anonymousStream.waitFor(MARKER_TYPE);
      await staffStream.waitFor(MARKER_TYPE);
      expect(anonymousStream.received.map((message) => message.type)).toEqual([MARKER_TYPE]);
      expect(staffStream.received.map((message) => message.type)).toEqual([STAFF_EVENT_TYPE, STAFF_EVENT_TYPE, MARKER_TYPE]);
    } finally {
      staffStream.close();
      anonymousStream.close();
    }
  });

  it('does not open the private topic with a token signed by anyone but the API', async () => {
    const topic = staffTopic(site.propertyId);
    const forged = await new SignJWT({ mercure: { subscribe: [topic] } })
      .setProtectedHeader({ alg: 'HS256' })
      .setExpirationTime('1m')
      .sign(new TextEncoder().encode('x'.repeat(32)));
    const url = new URL(api.config.PD_HUB_URL);
    url.searchParams.append('topic', topic);
    url.searchParams.set('authorization', forged);
    const response = await fetch(url);
    await response.body?.cancel();
    expect(response.status).toBe(401);
  });
});
