import { EventSource } from 'eventsource';
import { SseStream } from './test-support/sse-client.ts';
import {
  startTestHub,
  subscribeUrl,
  type TestHub,
} from './test-support/test-hub.ts';

// Spec, "Subscription" and topic selectors: exact match, `*`, URI templates.
describe('subscribing', () => {
  let t: TestHub;
  const streams: SseStream[] = [];
  const open = async (topics: readonly string[]) => {
    const stream = await SseStream.open(subscribeUrl(t.hub, topics));
    streams.push(stream);
    return stream;
  };

  beforeEach(async () => {
    t = await startTestHub();
  });
  afterEach(async () => {
    streams.splice(0).forEach((stream) => stream.close());
    await t.stop();
  });

  it('answers with an uncacheable text/event-stream', async () => {
    const stream = await open(['https://pitchdesk.test/sites/1']);
    expect(stream.response.status).toBe(200);
    expect(stream.response.headers.get('content-type')).toBe(
      'text/event-stream',
    );
    expect(stream.response.headers.get('cache-control')).toMatch(/no-store/);
  });

  it('delivers id, event type, retry and multi-line data as SSE fields', async () => {
    const stream = await open(['https://pitchdesk.test/sites/1']);
    await t.publish({
      topic: 'https://pitchdesk.test/sites/1',
      id: 'urn:pd:1',
      type: 'availability',
      retry: '2500',
      data: 'line one\nline two',
    });
    const [event] = await stream.eventsUntil(() => true);
    expect(event).toEqual({
      id: 'urn:pd:1',
      event: 'availability',
      data: 'line one\nline two',
    });
    expect(stream.retries).toEqual(['2500']);
  });

  const selectorCases: [string, string, string, boolean][] = [
    [
      'exact',
      'https://pitchdesk.test/sites/1',
      'https://pitchdesk.test/sites/1',
      true,
    ],
    [
      'exact, other topic',
      'https://pitchdesk.test/sites/1',
      'https://pitchdesk.test/sites/10',
      false,
    ],
    ['wildcard', '*', 'urn:anything:at-all', true],
    [
      'template',
      'https://pitchdesk.test/sites/{siteId}',
      'https://pitchdesk.test/sites/7',
      true,
    ],
    [
      'template, deeper path',
      'https://pitchdesk.test/sites/{siteId}',
      'https://pitchdesk.test/sites/7/secret',
      false,
    ],
    [
      'template, reserved expansion',
      'https://pitchdesk.test/sites/{+rest}',
      'https://pitchdesk.test/sites/7/pitches/3',
      true,
    ],
    [
      'template, path segments',
      'https://pitchdesk.test/sites{/path*}',
      'https://pitchdesk.test/sites/7/pitches',
      true,
    ],
    [
      'template, query',
      'https://pitchdesk.test/search{?from,to}',
      'https://pitchdesk.test/search?from=1&to=2',
      true,
    ],
    ['template, two variables', 'urn:pd:{kind}:{id}', 'urn:pd:site:9', true],
    [
      'invalid template is exact',
      'https://pitchdesk.test/{oops',
      'https://pitchdesk.test/{oops',
      true,
    ],
    [
      'invalid template is exact, other topic',
      'https://pitchdesk.test/{oops',
      'https://pitchdesk.test/x',
      false,
    ],
  ];

  it.each(selectorCases)(
    'topic selector (%s) %s vs topic %s: delivered=%s',
    async (_case, selector, topic, delivered) => {
      // Every stream also follows a marker topic: once the marker, published second,
      // arrives, the update would have arrived before it if it were delivered.
      const stream = await open([selector, 'urn:marker']);
      await t.publish({ topic, data: 'update' });
      await t.publish({ topic: 'urn:marker', data: 'marker' });
      const events = await stream.eventsUntil((e) => e.data === 'marker');
      expect(events.map((e) => e.data)).toEqual(
        delivered ? ['update', 'marker'] : ['marker'],
      );
    },
  );

  it('delivers an update whose alternate topic matches, with its canonical id', async () => {
    const stream = await open(['https://pitchdesk.test/sites/1/availability']);
    const res = await t.publish({
      topic: [
        'https://pitchdesk.test/sites/1',
        'https://pitchdesk.test/sites/1/availability',
      ],
      data: 'x',
    });
    const id = await res.text();
    const [event] = await stream.eventsUntil(() => true);
    expect(event?.id).toBe(id);
  });

  it('delivers an update once even when several selectors match it', async () => {
    const stream = await open(['*', 'urn:a', 'urn:{x}']);
    await t.publish({ topic: 'urn:a', data: 'once' });
    await t.publish({ topic: 'urn:b', data: 'marker' });
    const events = await stream.eventsUntil((e) => e.data === 'marker');
    expect(events.map((e) => e.data)).toEqual(['once', 'marker']);
  });

  it('works with an EventSource client, including typed events', async () => {
    const source = new EventSource(
      subscribeUrl(t.hub, ['https://pitchdesk.test/sites/{id}']),
    );
    try {
      await new Promise<void>((resolve, reject) => {
        source.onopen = () => resolve();
        source.onerror = () =>
          reject(new Error('EventSource failed to connect'));
      });
      const received = new Promise<MessageEvent>((resolve) => {
        source.addEventListener('booking', (event) => resolve(event));
      });
      await t.publish({
        topic: 'https://pitchdesk.test/sites/3',
        type: 'booking',
        id: 'urn:pd:b1',
        data: '{"n":1}',
      });
      const event = await received;
      expect(event.data).toBe('{"n":1}');
      expect(event.lastEventId).toBe('urn:pd:b1');
    } finally {
      source.close();
    }
  });

  it('ends every stream when the hub closes', async () => {
    const stream = await open(['*']);
    await t.stop();
    await stream.waitFor(() => stream.ended);
    expect(stream.ended).toBe(true);
  });
});
