import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApi } from './support/http-api';
import { startTestApi } from './support/http-api';
import { startService, stopService, waitForReplicaCatchUp } from './support/stack';
import { createStaffUser, StaffBrowser } from './support/staff-browser';
import type { TestStaffUser } from './support/staff-browser';
import { createTestCampsite } from './support/test-campsite';
import type { TestCampsite } from './support/test-campsite';
import { eventually, workerConfig } from './support/test-database';

const YEAR = new Date().getUTCFullYear() + 1;

describe('staff sessions while memcached is down', () => {
  let api: TestApi;
  let site: TestCampsite;
  let user: TestStaffUser;

  beforeAll(async () => {
    api = await startTestApi(await workerConfig({ PD_STAFF_SIGN_IN_PER_IP_PER_MINUTE: '100000' }));
    site = await createTestCampsite(api.app, 'staff-outage-test', YEAR);
    user = await createStaffUser(api.app, 'reception');
    await waitForReplicaCatchUp(10_000);
  });

  afterAll(async () => {
    // Whatever happened above, the shared stack gets its memcached back.
    await startService('memcached');
    await api.close();
  });

  it('asks staff to sign in again (401, not 500) while guests keep searching; all is back after the restart', async () => {
    const browser = new StaffBrowser(api.baseUrl);
    expect((await browser.signIn(user.email, user.password)).status).toBe(200);
    const search = () => api.call('GET', `/properties/${site.slug}/availability?arrival=${YEAR}-07-01&departure=${YEAR}-07-05&adults=2`);
    expect((await search()).status).toBe(200);

    await stopService('memcached');
    try {
      for (const path of ['/staff/me', '/staff/session']) {
        const answer = await browser.call('GET', path);
        expect(answer.status).toBe(401);
        expect(answer.body).toMatchObject({ code: 'SESSION_UNAVAILABLE', message: 'Please sign in again' });
      }
      const signIn = await new StaffBrowser(api.baseUrl).signIn(user.email, user.password);
      expect(signIn.status).toBe(503);
      expect(signIn.body.code).toBe('SIGN_IN_UNAVAILABLE');
      expect(signIn.headers.get('retry-after')).toBe('30');
      expect(JSON.stringify(signIn.body)).not.toMatch(/ECONNREFUSED|127\.0\.0\.1|memcached/i);
      // Anonymous staff calls need no store to be refused.
      expect((await new StaffBrowser(api.baseUrl).call('GET', '/staff/me')).body.code).toBe('SIGN_IN_REQUIRED');

      const guestSearch = await search();
      expect(guestSearch.status).toBe(200);
      expect(guestSearch.body).toHaveProperty('results');
    } finally {
      await startService('memcached');
    }

    // A restarted memcached is empty: the old session is gone, signing in works again.
    await eventually('staff can sign in after memcached restarted', async () => {
      return (await new StaffBrowser(api.baseUrl).signIn(user.email, user.password)).status === 200;
    });
    expect(await browser.call('GET', '/staff/me')).toMatchObject({ status: 401, body: { code: 'SIGN_IN_REQUIRED' } });
  });
});
