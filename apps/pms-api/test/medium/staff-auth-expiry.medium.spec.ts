import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApi } from './support/http-api';
import { startTestApi } from './support/http-api';
import { createStaffUser, StaffBrowser } from './support/staff-browser';
import type { TestStaffUser } from './support/staff-browser';
import { workerConfig } from './support/test-database';

const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

// Memcached counts expiry in whole seconds, so an idle limit of N s ends a session
// between N-1 and N s after the last request; the waits below keep clear of both ends.
describe('a staff session ends after idle time (sliding)', () => {
  let api: TestApi;
  let user: TestStaffUser;

  beforeAll(async () => {
    api = await startTestApi(
      await workerConfig({ PD_STAFF_SESSION_IDLE_SECONDS: '3', PD_STAFF_SESSION_ABSOLUTE_SECONDS: '600', PD_STAFF_SIGN_IN_PER_IP_PER_MINUTE: '100000' }),
    );
    user = await createStaffUser(api.app, 'reception');
  });

  afterAll(async () => {
    await api.close();
  });

  it('stays alive while used, well past one idle period, then ends once left alone', async () => {
    const browser = new StaffBrowser(api.baseUrl);
    expect((await browser.signIn(user.email, user.password)).status).toBe(200);
    // 10 requests 0.5 s apart: 5 s in all, past the 3 s idle limit measured from sign-in.
    for (let request = 0; request < 10; request += 1) {
      await pause(500);
      expect((await browser.call('GET', '/staff/me')).status).toBe(200);
    }
    await pause(4_000);
    expect(await browser.call('GET', '/staff/me')).toMatchObject({ status: 401, body: { code: 'SIGN_IN_REQUIRED' } });
  });
});

describe('a staff session ends at its absolute end, however active', () => {
  let api: TestApi;
  let user: TestStaffUser;

  beforeAll(async () => {
    api = await startTestApi(
      await workerConfig({ PD_STAFF_SESSION_IDLE_SECONDS: '600', PD_STAFF_SESSION_ABSOLUTE_SECONDS: '3', PD_STAFF_SIGN_IN_PER_IP_PER_MINUTE: '100000' }),
    );
    user = await createStaffUser(api.app, 'admin');
  });

  afterAll(async () => {
    await api.close();
  });

  it('answers 401 after the absolute end even with requests every half second, and the cookie says so too', async () => {
    const browser = new StaffBrowser(api.baseUrl);
    const signIn = await browser.signIn(user.email, user.password);
    expect(signIn.cookies[0]).toContain('Max-Age=3;');
    const statuses: number[] = [];
    // 10 requests 0.5 s apart: far more often than the 600 s idle limit asks, for 5 s.
    for (let request = 0; request < 10; request += 1) {
      statuses.push((await browser.call('GET', '/staff/me')).status);
      await pause(500);
    }
    expect(statuses[0]).toBe(200);
    expect(await browser.call('GET', '/staff/me')).toMatchObject({ status: 401, body: { code: 'SIGN_IN_REQUIRED' } });
    // Once ended it stays ended: no 200 after the first 401.
    expect(statuses.slice(statuses.indexOf(401)).every((status) => status === 401)).toBe(true);
    expect((await browser.signIn(user.email, user.password)).status).toBe(200);
  });
});
