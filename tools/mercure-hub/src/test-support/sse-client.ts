import { createParser, type EventSourceMessage } from 'eventsource-parser';

export interface ReceivedEvent {
  readonly id: string | undefined;
  readonly event: string | undefined;
  readonly data: string;
}

type Item =
  | { readonly kind: 'event'; readonly event: ReceivedEvent }
  | { readonly kind: 'comment' | 'retry'; readonly value: string };

/**
 * A real SSE consumer: fetch plus the spec-conformant parser EventSource polyfills use.
 * Unlike EventSource it exposes the status, response headers, comments (heartbeats)
 * and the retry field, which the contract tests check.
 */
export class SseStream {
  readonly response: Response;
  readonly #items: Item[] = [];
  readonly #waiters = new Set<() => void>();
  readonly #abort: AbortController;
  #ended = false;

  private constructor(response: Response, abort: AbortController) {
    this.response = response;
    this.#abort = abort;
  }

  static async open(
    url: string,
    headers: Record<string, string> = {},
  ): Promise<SseStream> {
    const abort = new AbortController();
    const response = await fetch(url, {
      headers: { Accept: 'text/event-stream', ...headers },
      signal: abort.signal,
    });
    const stream = new SseStream(response, abort);
    if (response.ok && response.body) {
      void stream.#pump(response.body);
    }
    return stream;
  }

  /** The events received so far, in order. */
  get events(): ReceivedEvent[] {
    return this.#items.flatMap((item) =>
      item.kind === 'event' ? [item.event] : [],
    );
  }

  get comments(): number {
    return this.#items.filter((item) => item.kind === 'comment').length;
  }

  get retries(): string[] {
    return this.#items.flatMap((item) =>
      item.kind === 'retry' ? [item.value] : [],
    );
  }

  get ended(): boolean {
    return this.#ended;
  }

  /** Resolves with the events received up to and including the first that satisfies `until`. */
  async eventsUntil(
    until: (event: ReceivedEvent) => boolean,
    timeoutMs = 2_000,
  ): Promise<ReceivedEvent[]> {
    await this.waitFor(() => this.events.some(until), timeoutMs);
    const events = this.events;
    return events.slice(0, events.findIndex(until) + 1);
  }

  async waitFor(condition: () => boolean, timeoutMs = 2_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!condition()) {
      const remaining = deadline - Date.now();
      if (remaining <= 0 || (this.#ended && !condition())) {
        throw new Error(
          `SSE condition not met within ${timeoutMs} ms (ended: ${this.#ended})`,
        );
      }
      await new Promise<void>((resolve) => {
        const timer = setTimeout(done, remaining);
        function done(): void {
          clearTimeout(timer);
          resolve();
        }
        this.#waiters.add(done);
      });
    }
  }

  close(): void {
    this.#abort.abort();
  }

  async #pump(body: ReadableStream<Uint8Array>): Promise<void> {
    const parser = createParser({
      onEvent: (message: EventSourceMessage) =>
        this.#push({
          kind: 'event',
          event: { id: message.id, event: message.event, data: message.data },
        }),
      onComment: (value) => this.#push({ kind: 'comment', value }),
      onRetry: (value) => this.#push({ kind: 'retry', value: String(value) }),
    });
    const decoder = new TextDecoder();
    try {
      for await (const chunk of body) {
        parser.feed(decoder.decode(chunk, { stream: true }));
      }
    } catch {
      // Aborted by close(), or the hub cut the connection: both just end the stream.
    }
    this.#ended = true;
    this.#wake();
  }

  #push(item: Item): void {
    this.#items.push(item);
    this.#wake();
  }

  #wake(): void {
    for (const waiter of this.#waiters) {
      waiter();
    }
    this.#waiters.clear();
  }
}
