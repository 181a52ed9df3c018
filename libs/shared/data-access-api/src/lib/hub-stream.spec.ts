import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openHubStream } from './hub-stream';

/** Stands in for the browser's EventSource (Node has none): records URLs, lets the test drive states. */
class ScriptedEventSource {
  static readonly CLOSED = 2;
  static opened: ScriptedEventSource[] = [];
  readyState = 0;
  closed = false;
  onopen: (() => void) | null = null;
  onerror: (() => void) | null = null;
  private readonly listeners = new Map<string, (event: { data: string }) => void>();

  constructor(readonly url: URL) {
    ScriptedEventSource.opened.push(this);
  }
  addEventListener(type: string, listener: (event: { data: string }) => void): void {
    this.listeners.set(type, listener);
  }
  close(): void {
    this.closed = true;
  }
  open(): void {
    this.readyState = 1;
    this.onopen?.();
  }
  emit(type: string, data: string): void {
    this.listeners.get(type)?.({ data });
  }
  refuse(): void {
    this.readyState = ScriptedEventSource.CLOSED;
    this.onerror?.();
  }
}

const latest = (): ScriptedEventSource => {
  const source = ScriptedEventSource.opened.at(-1);
  if (!source) {
    throw new Error('no stream opened');
  }
  return source;
};

describe('openHubStream', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    ScriptedEventSource.opened = [];
    vi.stubGlobal('EventSource', ScriptedEventSource);
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  const callbacks = () => ({ message: vi.fn(), opened: vi.fn(), dropped: vi.fn() });

  it('passes on messages of its event type and says when it opened', () => {
    const seen = callbacks();
    openHubStream({ url: () => new URL('http://hub.test/.well-known/mercure?topic=t'), eventType: 'staff', ...seen });
    latest().open();
    latest().emit('staff', '{"events":[]}');
    latest().emit('other', 'ignored');
    expect(seen.opened).toHaveBeenCalledWith(false);
    expect(seen.message.mock.calls).toEqual([['{"events":[]}']]);
  });

  it('reconnects after a refusal with a fresh URL, later each time, and reports the reconnect', async () => {
    const seen = callbacks();
    let token = 0;
    openHubStream({ url: () => Promise.resolve(new URL(`http://hub.test/?authorization=t${++token}`)), eventType: 'staff', ...seen });
    await vi.advanceTimersByTimeAsync(0);
    latest().open();
    latest().refuse();
    expect(seen.dropped).toHaveBeenCalledTimes(1);
    expect(ScriptedEventSource.opened[0]?.closed).toBe(true);

    await vi.advanceTimersByTimeAsync(999);
    expect(ScriptedEventSource.opened).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(latest().url.searchParams.get('authorization')).toBe('t2');
    latest().refuse();
    await vi.advanceTimersByTimeAsync(1_999);
    expect(ScriptedEventSource.opened).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(latest().url.searchParams.get('authorization')).toBe('t3');
    latest().open();
    expect(seen.opened.mock.calls).toEqual([[false], [true]]);
  });

  it('retries when the URL cannot be had (the token request failed)', async () => {
    const seen = callbacks();
    const url = vi.fn<() => Promise<URL>>().mockRejectedValueOnce(new Error('offline')).mockResolvedValue(new URL('http://hub.test/'));
    openHubStream({ url, eventType: 'staff', ...seen });
    await vi.advanceTimersByTimeAsync(0);
    expect(ScriptedEventSource.opened).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(ScriptedEventSource.opened).toHaveLength(1);
  });

  it('leaves a dropped stream to the browser’s own retry while it is not closed', async () => {
    const seen = callbacks();
    openHubStream({ url: () => new URL('http://hub.test/'), eventType: 'staff', ...seen });
    latest().open();
    latest().onerror?.();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(ScriptedEventSource.opened).toHaveLength(1);
    expect(seen.dropped).toHaveBeenCalledTimes(1);
  });

  it('stops for good: closes the stream and never reconnects', async () => {
    const seen = callbacks();
    const stop = openHubStream({ url: () => new URL('http://hub.test/'), eventType: 'staff', ...seen });
    latest().refuse();
    stop();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(ScriptedEventSource.opened).toHaveLength(1);
    expect(latest().closed).toBe(true);
  });
});
