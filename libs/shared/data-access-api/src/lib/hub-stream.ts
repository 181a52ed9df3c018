const FIRST_RETRY_MS = 1_000;
const MAX_RETRY_MS = 30_000;

export interface HubStreamOptions {
  /**
   * Where to connect, asked again before every (re)connect: a private stream puts a fresh
   * subscriber token in it each time. A rejection counts as a failed connect (retried).
   */
  readonly url: () => URL | Promise<URL>;
  /** The SSE event type to listen for. */
  readonly eventType: string;
  readonly message: (data: string) => void;
  /** The stream is open; `reconnected`: after a drop, so updates may have been missed. */
  readonly opened: (reconnected: boolean) => void;
  /** The stream dropped (the browser may retry by itself first). */
  readonly dropped: () => void;
}

/**
 * One hub subscription over EventSource. The browser retries a dropped stream itself; when
 * the hub refuses (an expired token, a restart: the stream is CLOSED), this reconnects with
 * a growing delay and a fresh URL. Returns the function that stops it for good.
 */
export function openHubStream(options: HubStreamOptions): () => void {
  let source: EventSource | undefined;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let retryMs = FIRST_RETRY_MS;
  let everOpened = false;
  let stopped = false;

  const retryLater = (): void => {
    if (stopped) {
      return;
    }
    retryTimer = setTimeout(open, retryMs);
    retryMs = Math.min(retryMs * 2, MAX_RETRY_MS);
  };

  const connect = (url: URL): void => {
    if (stopped) {
      return;
    }
    source = new EventSource(url);
    source.onopen = () => {
      retryMs = FIRST_RETRY_MS;
      options.opened(everOpened);
      everOpened = true;
    };
    source.addEventListener(options.eventType, (event) => options.message((event as MessageEvent<string>).data));
    source.onerror = () => {
      options.dropped();
      if (source?.readyState === EventSource.CLOSED) {
        source.close();
        retryLater();
      }
    };
  };

  // Synchronous when the URL is: a public stream opens in the same turn as the page asks.
  const open = (): void => {
    try {
      const url = options.url();
      if (url instanceof URL) {
        connect(url);
      } else {
        url.then(connect, retryLater);
      }
    } catch {
      retryLater();
    }
  };

  open();
  return () => {
    stopped = true;
    clearTimeout(retryTimer);
    source?.close();
  };
}
