import { SseStream } from './test-support/sse-client.ts';
import {
  startTestHub,
  subscribeUrl,
  type TestHub,
} from './test-support/test-hub.ts';

const TOPIC = 'https://pitchdesk.test/sites/1';

// Spec, "Reconciliation": Last-Event-ID header or lastEventID query parameter, `earliest`,
// and the Last-Event-ID response header naming the event before the first one sent.
describe('replay from history', () => {
  let t: TestHub;
  const streams: SseStream[] = [];
  const open = async (
    headers: Record<string, string> = {},
    query: Record<string, string> = {},
    topics = [TOPIC],
  ) => {
    const stream = await SseStream.open(
      subscribeUrl(t.hub, topics, query),
      headers,
    );
    streams.push(stream);
    return stream;
  };
  const publishAll = async (...ids: string[]) => {
    for (const id of ids) {
      await t.publish({ topic: TOPIC, id, data: id });
    }
  };
  const idsUntilLive = async (stream: SseStream) => {
    await t.publish({ topic: TOPIC, id: 'live', data: 'live' });
    return (await stream.eventsUntil((e) => e.id === 'live')).map((e) => e.id);
  };

  beforeEach(async () => {
    t = await startTestHub({ historySize: 3 });
  });
  afterEach(async () => {
    streams.splice(0).forEach((stream) => stream.close());
    await t.stop();
  });

  it('sends nothing old without a last event id, and names the latest event in the header', async () => {
    await publishAll('a', 'b');
    const stream = await open();
    expect(stream.response.headers.get('last-event-id')).toBe('b');
    expect(await idsUntilLive(stream)).toEqual(['live']);
  });

  it('answers Last-Event-ID: earliest when the history is empty', async () => {
    const stream = await open();
    expect(stream.response.headers.get('last-event-id')).toBe('earliest');
  });

  it('replays the events after the Last-Event-ID header, then goes live', async () => {
    await publishAll('a', 'b', 'c');
    const stream = await open({ 'Last-Event-ID': 'a' });
    expect(stream.response.headers.get('last-event-id')).toBe('a');
    expect(await idsUntilLive(stream)).toEqual(['b', 'c', 'live']);
  });

  it('replays the events after the lastEventID query parameter', async () => {
    await publishAll('a', 'b', 'c');
    const stream = await open({}, { lastEventID: 'b' });
    expect(stream.response.headers.get('last-event-id')).toBe('b');
    expect(await idsUntilLive(stream)).toEqual(['c', 'live']);
  });

  it('prefers the header over the query parameter', async () => {
    await publishAll('a', 'b', 'c');
    const stream = await open({ 'Last-Event-ID': 'b' }, { lastEventID: 'a' });
    expect(await idsUntilLive(stream)).toEqual(['c', 'live']);
  });

  it('replays everything kept for earliest', async () => {
    await publishAll('a', 'b');
    const stream = await open({}, { lastEventID: 'earliest' });
    expect(stream.response.headers.get('last-event-id')).toBe('earliest');
    expect(await idsUntilLive(stream)).toEqual(['a', 'b', 'live']);
  });

  it('keeps only the configured number of events, and says earliest for a dropped id', async () => {
    await publishAll('a', 'b', 'c', 'd');
    const stream = await open({ 'Last-Event-ID': 'a' });
    // `a` fell out of the 3-event history: the header tells the client it may have lost updates.
    expect(stream.response.headers.get('last-event-id')).toBe('earliest');
    expect(await idsUntilLive(stream)).toEqual(['b', 'c', 'd', 'live']);
  });

  it('replays only matching topics, and private events only to authorised subscribers', async () => {
    await t.publish({ topic: 'urn:other', id: 'other', data: 'x' });
    await t.publish({ topic: TOPIC, id: 'secret', data: 'x', private: 'on' });
    await publishAll('public');
    const anonymous = await open({}, { lastEventID: 'earliest' });
    expect(await idsUntilLive(anonymous)).toEqual(['public', 'live']);

    const jwt = await t.subscriberJwt([TOPIC]);
    const authorised = await open(
      { Authorization: `Bearer ${jwt}` },
      { lastEventID: 'earliest' },
    );
    expect(
      (await authorised.eventsUntil((e) => e.id === 'live')).map((e) => e.id),
    ).toEqual(['secret', 'public', 'live']);
  });
});
