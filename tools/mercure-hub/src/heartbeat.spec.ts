import { SseStream } from './test-support/sse-client.ts';
import {
  startTestHub,
  subscribeUrl,
  type TestHub,
} from './test-support/test-hub.ts';

describe('heartbeats', () => {
  let t: TestHub;
  afterEach(() => t.stop());

  it('sends an SSE comment line every PD_HUB_HEARTBEAT_MS', async () => {
    t = await startTestHub({ heartbeatMs: 40 });
    const stream = await SseStream.open(subscribeUrl(t.hub, ['urn:quiet']));
    await stream.waitFor(() => stream.comments >= 3, 1_000);
    // Comments are not events: an EventSource client sees nothing.
    expect(stream.events).toEqual([]);
    stream.close();
  });

  it('opens the stream with one comment, then sends none before the interval has passed', async () => {
    t = await startTestHub({ heartbeatMs: 60_000 });
    const stream = await SseStream.open(subscribeUrl(t.hub, ['urn:quiet']));
    await t.publish({ topic: 'urn:quiet', data: 'x' });
    await stream.eventsUntil(() => true);
    // The opening comment makes proxies that wait for body bytes forward the stream at once.
    expect(stream.comments).toBe(1);
    stream.close();
  });
});
