import { randomInt, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApi } from './support/http-api';
import { startTestApi } from './support/http-api';
import { createStaffUser, StaffBrowser } from './support/staff-browser';
import type { TestStaffUser } from './support/staff-browser';
import { workerConfig } from './support/test-database';

const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

describe('locking sign-in for an e-mail address after repeated failures, on every instance', () => {
  let first: TestApi;
  let second: TestApi;
  let user: TestStaffUser;

  beforeAll(async () => {
    const config = await workerConfig({ PD_STAFF_LOCKOUT_FAILURES: '5', PD_STAFF_LOCKOUT_SECONDS: '900', PD_STAFF_SIGN_IN_PER_IP_PER_MINUTE: '100000' });
    [first, second] = await Promise.all([startTestApi(config), startTestApi(config)]);
    user = await createStaffUser(first.app, 'reception');
  });

  afterAll(async () => {
    await Promise.all([first.close(), second.close()]);
  });

  /** Five wrong passwords, alternating between the instances: they count together. */
  const failFiveTimes = async (email: string) => {
    const answers = [];
    for (let attempt = 0; attempt < 5; attempt += 1) {
      answers.push(await new StaffBrowser((attempt % 2 === 0 ? first : second).baseUrl).signIn(email, 'wrong password'));
    }
    return answers;
  };

  it('counts down in its message, then locks for 15 minutes, right password or not', async () => {
    const answers = await failFiveTimes(user.email);
    expect(answers.slice(0, 4).map((answer) => [answer.status, answer.body.code, answer.body.details?.['attemptsLeft']])).toEqual([
      [401, 'INVALID_CREDENTIALS', 4],
      [401, 'INVALID_CREDENTIALS', 3],
      [401, 'INVALID_CREDENTIALS', 2],
      [401, 'INVALID_CREDENTIALS', 1],
    ]);
    expect(answers[3]?.body.message).toBe(
      'The e-mail address or the password is not right. One more failed attempt locks sign-in for this e-mail address for 15 minutes.',
    );
    const locking = answers[4];
    expect(locking?.status).toBe(429);
    expect(locking?.body.code).toBe('ACCOUNT_LOCKED');
    expect(locking?.headers.get('retry-after')).toBe('900');
    expect(locking?.body.message).toBe('Too many failed sign-ins for this e-mail address. Sign-in is locked; please try again in 15 minutes.');

    const rightPassword = await new StaffBrowser(second.baseUrl).signIn(user.email, user.password);
    expect(rightPassword.status).toBe(429);
    expect(rightPassword.body.code).toBe('ACCOUNT_LOCKED');
    expect(Number(rightPassword.headers.get('retry-after'))).toBeGreaterThan(800);
    expect(Date.parse(String(rightPassword.body.details?.['retryAt']))).toBeGreaterThan(Date.now() + 800_000);
    expect(rightPassword.cookies).toEqual([]);
  });

  it('treats an address that belongs to nobody exactly the same (no account discovery)', async () => {
    const known = await createStaffUser(first.app, 'read-only');
    const unknownEmail = `nobody-${randomUUID()}@test.pitchdesk.localhost`;
    const shape = (answers: Awaited<ReturnType<typeof failFiveTimes>>) =>
      answers.map((answer) => [answer.status, answer.body.code, answer.body.message, answer.headers.get('retry-after')]);
    expect(shape(await failFiveTimes(unknownEmail))).toEqual(shape(await failFiveTimes(known.email)));
  });

  it('leaves other addresses alone', async () => {
    const other = await createStaffUser(first.app, 'admin');
    expect((await new StaffBrowser(first.baseUrl).signIn(other.email, other.password)).status).toBe(200);
  });
});

describe('a short lock ends by itself, and a success clears the count', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi(
      await workerConfig({ PD_STAFF_LOCKOUT_FAILURES: '2', PD_STAFF_LOCKOUT_SECONDS: '2', PD_STAFF_SIGN_IN_PER_IP_PER_MINUTE: '100000' }),
    );
  });

  afterAll(async () => {
    await api.close();
  });

  it('lets the right password in once the lock time has passed', async () => {
    const user = await createStaffUser(api.app, 'reception');
    const browser = new StaffBrowser(api.baseUrl);
    expect((await browser.signIn(user.email, 'wrong')).status).toBe(401);
    expect((await browser.signIn(user.email, 'wrong')).body.code).toBe('ACCOUNT_LOCKED');
    await pause(3_500);
    expect((await browser.signIn(user.email, user.password)).status).toBe(200);
  });

  it('forgets earlier failures after a successful sign-in', async () => {
    const user = await createStaffUser(api.app, 'reception');
    const browser = new StaffBrowser(api.baseUrl);
    expect((await browser.signIn(user.email, 'wrong')).status).toBe(401);
    expect((await browser.signIn(user.email, user.password)).status).toBe(200);
    // With the count still at 1 this would lock.
    expect((await browser.signIn(user.email, 'wrong')).body.code).toBe('INVALID_CREDENTIALS');
  });
});

describe('limiting sign-in attempts per client address', () => {
  let api: TestApi;

  beforeAll(async () => {
    // One trusted proxy: each test run gets an address of its own through X-Forwarded-For,
    // so other runs signing in from 127.0.0.1 meanwhile cannot use up its allowance.
    api = await startTestApi(await workerConfig({ PD_STAFF_SIGN_IN_PER_IP_PER_MINUTE: '5', PD_TRUSTED_PROXY_HOPS: '1' }));
  });

  afterAll(async () => {
    await api.close();
  });

  it('answers 429 with Retry-After after 5 attempts in a minute, whatever the addresses tried', async () => {
    const user = await createStaffUser(api.app, 'admin');
    const address = `198.51.100.${randomInt(1, 255)}, 2001:db8::${randomInt(1, 65_535).toString(16)}`;
    const headers = { 'x-forwarded-for': address };
    // The limit counts per calendar minute: start early in one, so that six sign-ins (each
    // an argon2 hash, seconds apart on a loaded machine) all fall in the same minute.
    const secondsIntoMinute = (Date.now() % 60_000) / 1000;
    if (secondsIntoMinute > 45) {
      await pause((60 - secondsIntoMinute + 0.5) * 1000);
    }
    const answers = [];
    for (let attempt = 0; attempt < 5; attempt += 1) {
      answers.push(await new StaffBrowser(api.baseUrl).signIn(`someone-${attempt}-${randomUUID()}@test.pitchdesk.localhost`, 'guess', headers));
    }
    expect(answers.map((answer) => answer.body.code)).toEqual(Array.from({ length: 5 }, () => 'INVALID_CREDENTIALS'));

    const limited = await new StaffBrowser(api.baseUrl).signIn(user.email, user.password, headers);
    expect(limited.status).toBe(429);
    expect(limited.body.code).toBe('TOO_MANY_ATTEMPTS');
    const retryAfter = Number(limited.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(limited.body.message).toMatch(/^Too many sign-in attempts from your network\. Please try again in \d+ (seconds?|minutes?)\.$/);

    // Another address is not affected.
    expect((await new StaffBrowser(api.baseUrl).signIn(user.email, user.password, { 'x-forwarded-for': '203.0.113.7' })).status).toBe(200);
  });
});
