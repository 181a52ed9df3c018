import { UnsecuredJWT } from 'jose';
import { SseStream } from './test-support/sse-client.ts';
import {
  formBody,
  signJwt,
  startTestHub,
  subscribeUrl,
  type TestHub,
} from './test-support/test-hub.ts';

// Spec, "Publication" and "Authorization > Publishers".
describe('publishing', () => {
  let t: TestHub;
  beforeEach(async () => {
    t = await startTestHub({ corsOrigins: ['http://127.0.0.1:28101'] });
  });
  afterEach(() => t.stop());

  const form = { topic: 'https://pitchdesk.test/sites/1', data: '{"free":3}' };
  const post = (headers: Record<string, string>, body = formBody(form)) =>
    fetch(t.hub.url, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/x-www-form-urlencoded',
        ...headers,
      },
      body,
    });
  const bearer = (jwt: string) => ({ Authorization: `Bearer ${jwt}` });

  it('answers 200 with a generated urn:uuid id as text/plain', async () => {
    const res = await post(bearer(await t.publisherJwt()));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(await res.text()).toMatch(
      /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
  });

  it('answers with the id the publisher chose', async () => {
    const res = await post(
      bearer(await t.publisherJwt()),
      formBody({ ...form, id: 'urn:pd:event:42' }),
    );
    expect(await res.text()).toBe('urn:pd:event:42');
  });

  it.each([
    ['no JWT at all', {}],
    [
      'an Authorization header that is not Bearer',
      { Authorization: 'Basic dXNlcjpwYXNz' },
    ],
    ['a malformed JWT', { Authorization: 'Bearer not.a.jwt' }],
  ])('answers 401 for %s', async (_case, headers) => {
    const res = await post(headers);
    expect(res.status).toBe(401);
    expect(res.headers.get('www-authenticate')).toMatch(/^Bearer/);
  });

  it('answers 401 for a JWT signed with another key (the subscriber key)', async () => {
    const res = await post(
      bearer(await signJwt(t.config.subscriberKey, { publish: ['*'] })),
    );
    expect(res.status).toBe(401);
  });

  it('answers 401 for an expired JWT', async () => {
    const res = await post(
      bearer(await signJwt(t.config.publisherKey, { publish: ['*'] }, -60)),
    );
    expect(res.status).toBe(401);
    expect(await res.text()).toMatch(/expired/);
  });

  it('answers 401 for an unsigned (alg "none") JWT', async () => {
    const res = await post(
      bearer(new UnsecuredJWT({ mercure: { publish: ['*'] } }).encode()),
    );
    expect(res.status).toBe(401);
  });

  it('answers 401 for a mercure.publish claim that is not a list of strings', async () => {
    const res = await post(
      bearer(await signJwt(t.config.publisherKey, { publish: '*' })),
    );
    expect(res.status).toBe(401);
  });

  it.each([
    ['no mercure.publish claim', undefined],
    ['an empty mercure.publish list', []],
    [
      'selectors that do not match the topic',
      ['https://pitchdesk.test/sites/2', 'https://pitchdesk.test/guests/{id}'],
    ],
  ])('answers 403 for %s', async (_case, publish) => {
    const jwt = await signJwt(
      t.config.publisherKey,
      publish === undefined ? {} : { publish },
    );
    const res = await post(bearer(jwt));
    expect(res.status).toBe(403);
  });

  it('answers 403 unless every topic of the update is allowed, and then dispatches nothing', async () => {
    const stream = await SseStream.open(subscribeUrl(t.hub, ['*']));
    const jwt = await t.publisherJwt(['https://pitchdesk.test/sites/{id}']);
    const denied = await post(
      bearer(jwt),
      formBody({
        topic: [
          'https://pitchdesk.test/sites/1',
          'https://pitchdesk.test/admin',
        ],
        data: 'leak',
      }),
    );
    expect(denied.status).toBe(403);
    expect(await denied.text()).toContain('https://pitchdesk.test/admin');

    await post(
      bearer(jwt),
      formBody({ topic: 'https://pitchdesk.test/sites/1', data: 'marker' }),
    );
    const events = await stream.eventsUntil((e) => e.data === 'marker');
    expect(events.map((e) => e.data)).toEqual(['marker']);
    stream.close();
  });

  it.each([
    ['*', ['*']],
    ['an exact topic', ['https://pitchdesk.test/sites/1']],
    ['a URI template', ['https://pitchdesk.test/sites/{siteId}']],
  ])(
    'allows a publisher whose selectors include %s',
    async (_case, publish) => {
      const res = await post(bearer(await t.publisherJwt(publish)));
      expect(res.status).toBe(200);
    },
  );

  it('accepts the JWT from the mercureAuthorization cookie when the Origin is allowed', async () => {
    const cookie = `theme=dark; mercureAuthorization=${await t.publisherJwt()}`;
    const res = await post({
      Cookie: cookie,
      Origin: 'http://127.0.0.1:28101',
    });
    expect(res.status).toBe(200);
  });

  it('refuses a cookie-authenticated publish from an unknown or missing Origin (CSRF)', async () => {
    const cookie = `mercureAuthorization=${await t.publisherJwt()}`;
    expect(
      (await post({ Cookie: cookie, Origin: 'https://evil.test' })).status,
    ).toBe(401);
    expect((await post({ Cookie: cookie })).status).toBe(401);
  });

  it('prefers the Authorization header over the cookie', async () => {
    const cookie = `mercureAuthorization=${await t.publisherJwt()}`;
    const res = await post({
      Cookie: cookie,
      Origin: 'http://127.0.0.1:28101',
      Authorization: 'Bearer nope',
    });
    expect(res.status).toBe(401);
  });
});
