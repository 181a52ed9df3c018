import type { ServerResponse } from 'node:http';
import { matchesAny, type TopicMatcher } from './topic-selector.ts';
import type { Update } from './update.ts';

// A subscriber that stops reading would otherwise buffer every update in memory.
const MAX_BUFFERED_BYTES = 16 * 1024 * 1024;

export class Subscriber {
  /** The selectors from the `topic` query parameters: what the subscriber asked for. */
  readonly #wanted: readonly TopicMatcher[];
  /** The `mercure.subscribe` selectors of its JWT: which private updates it may read. */
  readonly #allowedPrivate: readonly TopicMatcher[];
  readonly #res: ServerResponse;

  constructor(
    wanted: readonly TopicMatcher[],
    allowedPrivate: readonly TopicMatcher[],
    res: ServerResponse,
  ) {
    this.#wanted = wanted;
    this.#allowedPrivate = allowedPrivate;
    this.#res = res;
  }

  /**
   * Spec: a subscriber gets an update when one of its topics (canonical or alternate)
   * matches a requested selector, and, for a private update, one of its topics also
   * matches a `mercure.subscribe` selector. The two may be different topics.
   */
  wants(update: Update): boolean {
    if (!matchesAny(update.topics, this.#wanted)) {
      return false;
    }
    return !update.private || matchesAny(update.topics, this.#allowedPrivate);
  }

  write(chunk: string): void {
    if (this.#res.writableEnded || this.#res.destroyed) {
      return;
    }
    if (this.#res.writableLength > MAX_BUFFERED_BYTES) {
      this.#res.destroy();
      return;
    }
    this.#res.write(chunk);
  }

  end(): void {
    if (!this.#res.writableEnded) {
      this.#res.end();
    }
  }
}
