import { SseStream } from './test-support/sse-client.ts';
import {
  signJwt,
  startTestHub,
  subscribeUrl,
  type TestHub,
} from './test-support/test-hub.ts';

const SITE = 'https://pitchdesk.test/sites/1';
const GUEST = 'https://pitchdesk.test/guests/9';

// Spec, "Authorization > Subscribers": private updates reach only subscribers whose
// JWT `mercure.subscribe` selectors match one of the update's topics.
describe('private updates', () => {
  let t: TestHub;
  const streams: SseStream[] = [];
  const open = async (
    topics: readonly string[],
    headers: Record<string, string> = {},
    query = {},
  ) => {
    const stream = await SseStream.open(
      subscribeUrl(t.hub, topics, query),
      headers,
    );
    streams.push(stream);
    return stream;
  };
  /** Publishes a private and then a public update; returns what the stream got up to the public one. */
  const privateThenMarker = async (
    stream: SseStream,
    topics: readonly string[] = [GUEST],
  ) => {
    await t.publish({ topic: topics, data: 'secret', private: 'on' });
    await t.publish({ topic: GUEST, data: 'marker' });
    return (await stream.eventsUntil((e) => e.data === 'marker')).map(
      (e) => e.data,
    );
  };

  beforeEach(async () => {
    t = await startTestHub();
  });
  afterEach(async () => {
    streams.splice(0).forEach((stream) => stream.close());
    await t.stop();
  });

  it('are not sent to anonymous subscribers, who still get public ones', async () => {
    const stream = await open([GUEST]);
    expect(await privateThenMarker(stream)).toEqual(['marker']);
  });

  it.each([
    ['the exact topic', [GUEST]],
    ['*', ['*']],
    ['a URI template', ['https://pitchdesk.test/guests/{id}']],
  ])(
    'are sent to a subscriber whose mercure.subscribe has %s (Authorization header)',
    async (_case, subscribe) => {
      const jwt = await t.subscriberJwt(subscribe);
      const stream = await open([GUEST], { Authorization: `Bearer ${jwt}` });
      expect(await privateThenMarker(stream)).toEqual(['secret', 'marker']);
    },
  );

  it('are sent to a subscriber authorised by the mercureAuthorization cookie', async () => {
    const jwt = await t.subscriberJwt([GUEST]);
    const stream = await open([GUEST], {
      Cookie: `mercureAuthorization=${jwt}`,
    });
    expect(await privateThenMarker(stream)).toEqual(['secret', 'marker']);
  });

  it('are sent to a subscriber authorised by the authorization query parameter', async () => {
    const jwt = await t.subscriberJwt([GUEST]);
    const stream = await open([GUEST], {}, { authorization: jwt });
    expect(await privateThenMarker(stream)).toEqual(['secret', 'marker']);
  });

  it.each([
    ['another topic', [SITE]],
    ['a template that does not match', ['https://pitchdesk.test/sites/{id}']],
    ['no selectors', []],
  ])(
    'are not sent to a subscriber whose mercure.subscribe has %s',
    async (_case, subscribe) => {
      const jwt = await t.subscriberJwt(subscribe);
      const stream = await open([GUEST], { Authorization: `Bearer ${jwt}` });
      expect(await privateThenMarker(stream)).toEqual(['marker']);
    },
  );

  it('are sent when the claim matches an alternate topic and the subscription the canonical one', async () => {
    const jwt = await t.subscriberJwt([SITE]);
    const stream = await open([GUEST], { Authorization: `Bearer ${jwt}` });
    expect(await privateThenMarker(stream, [GUEST, SITE])).toEqual([
      'secret',
      'marker',
    ]);
  });

  it('are not sent for a topic the subscriber did not subscribe to, whatever its claim', async () => {
    const jwt = await t.subscriberJwt(['*']);
    const stream = await open([GUEST], { Authorization: `Bearer ${jwt}` });
    await t.publish({ topic: SITE, data: 'secret', private: 'on' });
    await t.publish({ topic: GUEST, data: 'marker' });
    expect(
      (await stream.eventsUntil((e) => e.data === 'marker')).map((e) => e.data),
    ).toEqual(['marker']);
  });

  it('treat any value of the private field as private, per spec', async () => {
    const stream = await open([GUEST]);
    await t.publish({ topic: GUEST, data: 'secret', private: '' });
    await t.publish({ topic: GUEST, data: 'marker' });
    expect(
      (await stream.eventsUntil((e) => e.data === 'marker')).map((e) => e.data),
    ).toEqual(['marker']);
  });

  it.each([
    [
      'a JWT signed with the publisher key',
      (key: TestHub) => signJwt(key.config.publisherKey, { subscribe: ['*'] }),
    ],
    [
      'an expired JWT',
      (key: TestHub) =>
        signJwt(key.config.subscriberKey, { subscribe: ['*'] }, -60),
    ],
  ])(
    'refuses a subscription with %s (401), even though anonymous is allowed',
    async (_case, makeJwt) => {
      const res = await fetch(subscribeUrl(t.hub, [GUEST]), {
        headers: { Authorization: `Bearer ${await makeJwt(t)}` },
      });
      expect(res.status).toBe(401);
    },
  );

  it('closes the stream when the subscriber JWT expires', async () => {
    const jwt = await t.subscriberJwt([GUEST], 1);
    const stream = await open([GUEST], { Authorization: `Bearer ${jwt}` });
    expect(stream.response.status).toBe(200);
    await stream.waitFor(() => stream.ended, 3_000);
  });
});

describe('with anonymous subscribers disallowed', () => {
  let t: TestHub;
  beforeAll(async () => {
    t = await startTestHub({ allowAnonymous: false });
  });
  afterAll(() => t.stop());

  it('refuses a subscription without a JWT (401)', async () => {
    const res = await fetch(subscribeUrl(t.hub, [GUEST]));
    expect(res.status).toBe(401);
    expect(await res.text()).toMatch(/Missing JWT/);
  });

  it('accepts a subscriber with a valid JWT, even without mercure.subscribe', async () => {
    const stream = await SseStream.open(subscribeUrl(t.hub, [GUEST]), {
      Authorization: `Bearer ${await t.subscriberJwt()}`,
    });
    expect(stream.response.status).toBe(200);
    await t.publish({ topic: GUEST, data: 'public' });
    expect((await stream.eventsUntil(() => true)).map((e) => e.data)).toEqual([
      'public',
    ]);
    stream.close();
  });
});
