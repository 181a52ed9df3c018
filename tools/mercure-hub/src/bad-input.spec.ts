import {
  formBody,
  startTestHub,
  subscribeUrl,
  type TestHub,
} from './test-support/test-hub.ts';

// A client mistake is a 4xx with a message that says what to fix, never a 500.
describe('bad input', () => {
  let t: TestHub;
  beforeAll(async () => {
    t = await startTestHub();
  });
  afterAll(() => t.stop());

  it.each([
    ['no topic', { data: 'x' }, /"topic"/],
    ['an empty topic', { topic: '', data: 'x' }, /"topic"/],
    ['an id starting with #', { topic: 't', id: '#1' }, /"id"/],
    ['the reserved id "earliest"', { topic: 't', id: 'earliest' }, /"id"/],
    ['an id with a line break', { topic: 't', id: 'a\nretry: 1' }, /"id"/],
    [
      'a type with a line break',
      { topic: 't', type: 'a\r\ndata: injected' },
      /"type"/,
    ],
    ['a retry that is not a number', { topic: 't', retry: 'soon' }, /"retry"/],
    ['a negative retry', { topic: 't', retry: '-5' }, /"retry"/],
  ])('answers 400 to a publish with %s', async (_case, form, message) => {
    const res = await t.publish(form);
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(message);
  });

  it('answers 400 to a publish that is not form-encoded', async () => {
    const res = await fetch(t.hub.url, {
      method: 'POST',
      headers: {
        Authorization: `Bearer ${await t.publisherJwt()}`,
        'Content-Type': 'application/json',
      },
      body: JSON.stringify({ topic: 't' }),
    });
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/application\/x-www-form-urlencoded/);
  });

  it('accepts a form Content-Type with a charset parameter', async () => {
    const res = await fetch(t.hub.url, {
      method: 'POST',
      headers: {
        Authorization: `Bearer ${await t.publisherJwt()}`,
        'Content-Type': 'application/x-www-form-urlencoded; charset=UTF-8',
      },
      body: formBody({ topic: 't' }).toString(),
    });
    expect(res.status).toBe(200);
  });

  it('answers 413 to an oversized update', async () => {
    const res = await t.publish({
      topic: 't',
      data: 'x'.repeat(6 * 1024 * 1024),
    });
    expect(res.status).toBe(413);
  });

  it.each([
    ['no topic selector', []],
    ['an empty topic selector', ['']],
  ])('answers 400 to a subscription with %s', async (_case, topics) => {
    const res = await fetch(subscribeUrl(t.hub, topics));
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/"topic"/);
  });

  it('answers 405 with Allow to other methods', async () => {
    const res = await fetch(t.hub.url, { method: 'PUT' });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('GET, POST, OPTIONS');
  });

  it('answers 404 outside the hub path, and 200 on /healthz', async () => {
    const origin = new URL(t.hub.url).origin;
    expect((await fetch(`${origin}/elsewhere`)).status).toBe(404);
    const health = await fetch(`${origin}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.text()).toBe('ok\n');
  });
});
