import { hmacKey } from './auth.ts';
import type { HubConfig } from './config.ts';
import { UpdateHistory } from './history.ts';
import { formatEvent } from './sse.ts';
import type { Subscriber } from './subscriber.ts';
import type { Update } from './update.ts';

/** Everything the request handlers share; one per running hub. */
export class HubState {
  readonly config: HubConfig;
  readonly publisherKey: Uint8Array;
  readonly subscriberKey: Uint8Array;
  readonly history: UpdateHistory;
  readonly subscribers = new Set<Subscriber>();

  constructor(config: HubConfig) {
    this.config = config;
    this.publisherKey = hmacKey(config.publisherKey);
    this.subscriberKey = hmacKey(config.subscriberKey);
    this.history = new UpdateHistory(config.historySize);
  }

  /**
   * Stores and fans out an update. Synchronous on purpose: it cannot run between a new
   * subscriber's history snapshot and its registration, so none misses or repeats one.
   */
  publish(update: Update): void {
    this.history.add(update);
    const event = formatEvent(update);
    for (const subscriber of this.subscribers) {
      if (subscriber.wants(update)) {
        subscriber.write(event);
      }
    }
  }
}
