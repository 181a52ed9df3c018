import { hash } from 'argon2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { staffSessionSchema } from '@pitchdesk/contracts';
import type { StaffMember } from '@pitchdesk/contracts';
import { StaffAuthRepository } from '../../src/staff-auth/staff-auth.repository';
import type { TestApi } from './support/http-api';
import { startTestApi } from './support/http-api';
import { createStaffUser, StaffBrowser } from './support/staff-browser';
import type { TestStaffUser } from './support/staff-browser';
import { workerConfig } from './support/test-database';

// Sign-in limits are tested on their own (staff-auth-throttle); here they stay out of the way.
const relaxedLimits = { PD_STAFF_SIGN_IN_PER_IP_PER_MINUTE: '100000' };

describe('staff sign-in and sessions on the real stack', () => {
  let api: TestApi;
  let reception: TestStaffUser;

  beforeAll(async () => {
    api = await startTestApi(await workerConfig(relaxedLimits));
    reception = await createStaffUser(api.app, 'reception');
  });

  afterAll(async () => {
    await api.close();
  });

  it('signs in with the right password: the staff member, a CSRF token and a strict session cookie', async () => {
    const browser = new StaffBrowser(api.baseUrl);
    const answer = await browser.signIn(reception.email.toUpperCase(), reception.password);
    expect(answer.status).toBe(200);
    expect(staffSessionSchema.parse(answer.body).staff).toEqual({ id: reception.id, name: 'Test reception', email: reception.email, role: 'reception' });
    expect(answer.headers.get('cache-control')).toBe('no-store');
    expect(answer.cookies).toHaveLength(1);
    expect(answer.cookies[0]).toMatch(/^pd_session=[\w-]{43}; Path=\/api\/staff; Max-Age=43200; HttpOnly; Secure; SameSite=Strict$/);

    const current = await browser.call<{ staff: StaffMember; csrfToken: string }>('GET', '/staff/session');
    expect(current.status).toBe(200);
    expect(current.body.csrfToken).toBe(answer.body.csrfToken);
    const me = await browser.call<StaffMember>('GET', '/staff/me');
    expect(me).toMatchObject({ status: 200, body: { id: reception.id, role: 'reception' } });
  });

  it('answers a wrong password and an unknown address alike, without a cookie', async () => {
    const wrongPassword = await new StaffBrowser(api.baseUrl).signIn(reception.email, 'not-the-password');
    const unknown = await new StaffBrowser(api.baseUrl).signIn(`nobody-${reception.id}@test.pitchdesk.localhost`, 'not-the-password');
    for (const answer of [wrongPassword, unknown]) {
      expect(answer.status).toBe(401);
      expect(answer.body.code).toBe('INVALID_CREDENTIALS');
      expect(answer.cookies).toEqual([]);
    }
    expect(unknown.body.message).toBe(wrongPassword.body.message);
    expect(unknown.body.details).toEqual(wrongPassword.body.details);
  });

  it('names the bad fields of a malformed sign-in', async () => {
    const answer = await new StaffBrowser(api.baseUrl).call('POST', '/staff/session', { body: { email: 'reception', password: '' } });
    expect(answer.status).toBe(400);
    expect(answer.body.code).toBe('VALIDATION_FAILED');
    expect(Object.keys(answer.body.fields ?? {}).sort()).toEqual(['body.email', 'body.password']);
  });

  it('asks anonymous callers, and callers with a made-up cookie, to sign in (and drops that cookie)', async () => {
    const anonymous = await new StaffBrowser(api.baseUrl).call('GET', '/staff/me');
    expect(anonymous).toMatchObject({ status: 401, body: { code: 'SIGN_IN_REQUIRED' } });

    const forger = new StaffBrowser(api.baseUrl);
    forger.sessionCookie = 'A'.repeat(43);
    const forged = await forger.call('GET', '/staff/session');
    expect(forged).toMatchObject({ status: 401, body: { code: 'SIGN_IN_REQUIRED' } });
    expect(forged.cookies[0]).toMatch(/^pd_session=; Path=\/api\/staff; Max-Age=0;/);
    expect(forger.sessionCookie).toBeUndefined();
  });

  it('signs out: the session is gone for good, even for a stolen copy of the cookie', async () => {
    const browser = new StaffBrowser(api.baseUrl);
    await browser.signIn(reception.email, reception.password);
    const copy = browser.sessionCookie;
    const signOut = await browser.call('DELETE', '/staff/session');
    expect(signOut.status).toBe(204);
    expect(signOut.cookies[0]).toMatch(/^pd_session=; Path=\/api\/staff; Max-Age=0; HttpOnly; Secure; SameSite=Strict$/);

    const thief = new StaffBrowser(api.baseUrl);
    thief.sessionCookie = copy;
    expect(await thief.call('GET', '/staff/me')).toMatchObject({ status: 401, body: { code: 'SIGN_IN_REQUIRED' } });
  });

  it('signing in again ends the session the browser had before', async () => {
    const browser = new StaffBrowser(api.baseUrl);
    await browser.signIn(reception.email, reception.password);
    const before = new StaffBrowser(api.baseUrl);
    before.sessionCookie = browser.sessionCookie;
    await browser.signIn(reception.email, reception.password);
    expect(browser.sessionCookie).not.toBe(before.sessionCookie);
    expect((await before.call('GET', '/staff/me')).status).toBe(401);
    expect((await browser.call('GET', '/staff/me')).status).toBe(200);
  });

  describe('refuses writes that did not come from the console (CSRF)', () => {
    let browser: StaffBrowser;

    beforeAll(async () => {
      browser = new StaffBrowser(api.baseUrl);
      expect((await browser.signIn(reception.email, reception.password)).status).toBe(200);
    });

    it.each<[string, Record<string, string>, boolean]>([
      ['without the X-CSRF-Token header', {}, false],
      ['with a wrong token', { 'x-csrf-token': 'x'.repeat(43) }, false],
      ['from another site, token and all', { 'sec-fetch-site': 'cross-site', origin: 'https://evil.example' }, true],
      ['from a sibling site, token and all', { 'sec-fetch-site': 'same-site', origin: 'https://book.example.org' }, true],
      ['from another origin (browser without Sec-Fetch-Site)', { origin: 'https://evil.example' }, true],
    ])('%s', async (_case, headers, csrf) => {
      const answer = await browser.call('DELETE', '/staff/session', { headers, csrf });
      expect(answer).toMatchObject({ status: 403, body: { code: 'CSRF_REJECTED' } });
      // Refused before it did anything: still signed in.
      expect((await browser.call('GET', '/staff/me')).status).toBe(200);
    });

    it('does not accept the token of another session', async () => {
      const other = new StaffBrowser(api.baseUrl);
      await other.signIn(reception.email, reception.password);
      const answer = await browser.call('DELETE', '/staff/session', { headers: { 'x-csrf-token': other.csrfToken ?? '' }, csrf: false });
      expect(answer).toMatchObject({ status: 403, body: { code: 'CSRF_REJECTED' } });
    });

    it('refuses a sign-in posted from another site (login CSRF)', async () => {
      const answer = await new StaffBrowser(api.baseUrl).signIn(reception.email, reception.password, { 'sec-fetch-site': 'cross-site' });
      expect(answer).toMatchObject({ status: 403, body: { code: 'CSRF_REJECTED' } });
      expect(answer.cookies).toEqual([]);
    });

    it('accepts the console\'s own write: same origin, with the token', async () => {
      const answer = await browser.call('DELETE', '/staff/session', { headers: { 'sec-fetch-site': 'same-origin', origin: api.baseUrl } });
      expect(answer.status).toBe(204);
    });
  });

  it('rehashes a password stored with weaker parameters at the next sign-in', async () => {
    const user = await createStaffUser(api.app, 'read-only');
    const users = api.app.get(StaffAuthRepository);
    const weak = await hash(user.password, { type: 2, memoryCost: 4_096, timeCost: 1, parallelism: 1 });
    await users.replacePasswordHash(user.id, weak);
    expect((await new StaffBrowser(api.baseUrl).signIn(user.email, user.password)).status).toBe(200);
    const stored = await users.findById(user.id);
    expect(stored?.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,p=1,t=2\$/);
    expect((await new StaffBrowser(api.baseUrl).signIn(user.email, user.password)).status).toBe(200);
  });
});

describe('revoking every session of a user, across API instances', () => {
  let first: TestApi;
  let second: TestApi;
  let admin: TestStaffUser;
  let reception: TestStaffUser;

  beforeAll(async () => {
    const config = await workerConfig(relaxedLimits);
    [first, second] = await Promise.all([startTestApi(config), startTestApi(config)]);
    admin = await createStaffUser(first.app, 'admin');
    reception = await createStaffUser(first.app, 'reception');
  });

  afterAll(async () => {
    await Promise.all([first.close(), second.close()]);
  });

  it('ends them on every instance at once; new sign-ins work again', async () => {
    const desk = new StaffBrowser(first.baseUrl);
    const phone = new StaffBrowser(second.baseUrl);
    await desk.signIn(reception.email, reception.password);
    await phone.signIn(reception.email, reception.password);
    // Any instance serves any session: nothing lives in one process.
    for (const browser of [desk, phone]) {
      for (const instance of [first, second]) {
        expect((await browser.via(instance.baseUrl).call('GET', '/staff/me')).status).toBe(200);
      }
    }

    const adminBrowser = new StaffBrowser(second.baseUrl);
    await adminBrowser.signIn(admin.email, admin.password);
    expect((await adminBrowser.call('POST', `/staff/users/${reception.id}/sessions/revocation`)).status).toBe(204);

    for (const browser of [desk, phone]) {
      for (const instance of [first, second]) {
        expect(await browser.via(instance.baseUrl).call('GET', '/staff/me')).toMatchObject({ status: 401, body: { code: 'SIGN_IN_REQUIRED' } });
      }
    }
    expect((await adminBrowser.via(first.baseUrl).call('GET', '/staff/me')).status).toBe(200);
    const again = new StaffBrowser(first.baseUrl);
    expect((await again.signIn(reception.email, reception.password)).status).toBe(200);
    expect((await again.via(second.baseUrl).call('GET', '/staff/me')).status).toBe(200);
  });

  it('is for admins only, and says so for an unknown user or a malformed id', async () => {
    const receptionBrowser = new StaffBrowser(first.baseUrl);
    await receptionBrowser.signIn(reception.email, reception.password);
    expect(await receptionBrowser.call('POST', `/staff/users/${admin.id}/sessions/revocation`)).toMatchObject({
      status: 403,
      body: { code: 'ROLE_FORBIDDEN' },
    });
    expect((await receptionBrowser.call('GET', '/staff/me')).status).toBe(200);

    const adminBrowser = new StaffBrowser(first.baseUrl);
    await adminBrowser.signIn(admin.email, admin.password);
    expect(await adminBrowser.call('POST', '/staff/users/7c9e6679-7425-40de-944b-e07fc1f90ae7/sessions/revocation')).toMatchObject({
      status: 404,
      body: { code: 'STAFF_USER_NOT_FOUND' },
    });
    expect(await adminBrowser.call('POST', '/staff/users/42/sessions/revocation')).toMatchObject({ status: 400, body: { code: 'VALIDATION_FAILED' } });
  });
});
