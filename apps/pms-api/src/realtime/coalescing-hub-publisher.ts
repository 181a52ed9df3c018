import { Logger } from '@nestjs/common';
import type { AppConfig } from '../config/app-config';
import { PublisherTokens } from './publisher-tokens';

/** How one kind of update goes to the hub. */
export interface HubChannel<Item> {
  /** The publisher's name in its log lines. */
  readonly name: string;
  /** What an item is, in log lines ("availability change not published"). */
  readonly itemName: string;
  /** The SSE `event:` type subscribers listen for. */
  readonly eventType: string;
  /** Private updates reach only subscribers whose JWT lists the topic. */
  readonly private: boolean;
  /** Items of one key go out together, on that key's topic. */
  readonly topicOf: (key: string) => string;
  /** The update's `data` for the items gathered under one key. */
  readonly dataOf: (items: readonly Item[]) => unknown;
  /** Past this many waiting items a key is sent at once. */
  readonly maxItemsPerUpdate: number;
}

/**
 * Best-effort publishing to the hub, gathered for PD_HUB_COALESCE_MS and sent as one update
 * per key (property): on a season opening, hundreds of changes a second would otherwise
 * cost one hub request each, and one message each to every open page. What waits here is
 * only a hint, so losing it with the process costs nothing but a page's refetch. A dead or
 * slow hub never fails or slows the change that is announced.
 */
export class CoalescingHubPublisher<Item> {
  private readonly logger: Logger;
  private readonly tokens: PublisherTokens;
  private readonly inFlight = new Set<Promise<void>>();
  private readonly waiting = new Map<string, Item[]>();
  private flushTimer: NodeJS.Timeout | undefined;

  constructor(
    private readonly config: AppConfig,
    private readonly channel: HubChannel<Item>,
  ) {
    this.logger = new Logger(channel.name);
    this.tokens = new PublisherTokens(new TextEncoder().encode(config.PD_HUB_PUBLISHER_KEY));
  }

  /** Fire and forget: returns at once, never throws. Call it after the change committed. */
  add(key: string, item: Item): void {
    const items = this.waiting.get(key) ?? [];
    items.push(item);
    this.waiting.set(key, items);
    if (items.length >= this.channel.maxItemsPerUpdate) {
      this.send(key);
    } else {
      this.flushTimer ??= setTimeout(() => this.flush(), this.config.PD_HUB_COALESCE_MS);
    }
  }

  /** Sends what is waiting now, then resolves once every publish so far has been delivered or given up (each is time-boxed). */
  async settled(): Promise<void> {
    this.flush();
    await Promise.allSettled([...this.inFlight]);
  }

  private flush(): void {
    clearTimeout(this.flushTimer);
    this.flushTimer = undefined;
    for (const key of [...this.waiting.keys()]) {
      this.send(key);
    }
  }

  private send(key: string): void {
    const items = this.waiting.get(key);
    this.waiting.delete(key);
    if (!items?.length) {
      return;
    }
    const publication: Promise<void> = this.publish(this.channel.topicOf(key), this.channel.dataOf(items))
      .catch((error: unknown) => {
        this.logger.warn({
          message: `${this.channel.itemName} not published`,
          key,
          items: items.length,
          error: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
        });
      })
      .finally(() => this.inFlight.delete(publication));
    this.inFlight.add(publication);
  }

  private async publish(topic: string, data: unknown): Promise<void> {
    // One deadline for signing, connecting, answering and reading the answer.
    const signal = AbortSignal.timeout(this.config.PD_DEPENDENCY_TIMEOUT_MS);
    const jwt = await this.tokens.tokenFor(topic);
    const form = new URLSearchParams({ topic, data: JSON.stringify(data), type: this.channel.eventType });
    if (this.channel.private) {
      form.set('private', 'on');
    }
    const response = await fetch(this.config.PD_HUB_URL, {
      method: 'POST',
      headers: { authorization: `Bearer ${jwt}` },
      // URLSearchParams: sent as application/x-www-form-urlencoded, as the protocol wants.
      body: form,
      signal,
    });
    const answer = await response.text();
    if (!response.ok) {
      throw new Error(`hub answered ${response.status}: ${answer.slice(0, 200)}`);
    }
  }
}
