import { Inject, Injectable, Logger } from '@nestjs/common';
import type { OnApplicationShutdown } from '@nestjs/common';
import { AVAILABILITY_EVENT_TYPE, availabilityChangeSchema, availabilityTopic, MAX_CHANGES_PER_UPDATE } from '@pitchdesk/contracts';
import type { AvailabilityChange, AvailabilityUpdate } from '@pitchdesk/contracts';
import { APP_CONFIG } from '../config/app-config';
import type { AppConfig } from '../config/app-config';
import { PublisherTokens } from './publisher-tokens';

/**
 * Publishes availability changes to the hub as public updates on the property's topic
 * (availability is public information). Best effort by design: a dead or slow hub
 * never fails or slows a booking. Browsers treat an update as a hint to refetch, and
 * the database stays the truth.
 *
 * Changes are gathered for PD_HUB_COALESCE_MS and sent as one update per property: on a
 * season opening, hundreds of holds a second would otherwise cost one hub request each,
 * and one message each to every open page. What waits here is only a hint, so losing it
 * with the process costs nothing but a page's refetch.
 */
@Injectable()
export class AvailabilityPublisher implements OnApplicationShutdown {
  private readonly logger = new Logger(AvailabilityPublisher.name);
  private readonly tokens: PublisherTokens;
  private readonly inFlight = new Set<Promise<void>>();
  private readonly waiting = new Map<string, AvailabilityChange[]>();
  private flushTimer: NodeJS.Timeout | undefined;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.tokens = new PublisherTokens(new TextEncoder().encode(config.PD_HUB_PUBLISHER_KEY));
  }

  /**
   * Fire and forget: returns at once, never throws, never to be awaited. Call it after
   * the transaction that changed availability has committed (a rolled-back hold must not
   * be announced). Failures are logged as warnings.
   */
  publishAvailabilityChanged(change: AvailabilityChange): void {
    try {
      const parsed = availabilityChangeSchema.safeParse(change);
      if (!parsed.success) {
        this.logger.warn({ message: 'availability change not published: invalid', issues: parsed.error.issues });
        return;
      }
      const changes = this.waiting.get(parsed.data.propertyId) ?? [];
      changes.push(parsed.data);
      this.waiting.set(parsed.data.propertyId, changes);
      if (changes.length >= MAX_CHANGES_PER_UPDATE) {
        this.send(parsed.data.propertyId);
      } else {
        this.flushTimer ??= setTimeout(() => this.flush(), this.config.PD_HUB_COALESCE_MS);
      }
    } catch (error) {
      this.logger.warn({ message: 'availability change not published', error: String(error) });
    }
  }

  /** Sends what is waiting now, then resolves once every publish so far has been delivered or given up (each is time-boxed). */
  async settled(): Promise<void> {
    this.flush();
    await Promise.allSettled([...this.inFlight]);
  }

  /** A job that publishes and exits would otherwise cut its last publishes off. */
  async onApplicationShutdown(): Promise<void> {
    await this.settled();
  }

  private flush(): void {
    clearTimeout(this.flushTimer);
    this.flushTimer = undefined;
    for (const propertyId of [...this.waiting.keys()]) {
      this.send(propertyId);
    }
  }

  private send(propertyId: string): void {
    const changes = this.waiting.get(propertyId);
    this.waiting.delete(propertyId);
    if (!changes?.length) {
      return;
    }
    const publication: Promise<void> = this.publish(propertyId, { changes })
      .catch((error: unknown) => {
        this.logger.warn({
          message: 'availability change not published',
          propertyId,
          changes: changes.length,
          error: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
        });
      })
      .finally(() => this.inFlight.delete(publication));
    this.inFlight.add(publication);
  }

  private async publish(propertyId: string, update: AvailabilityUpdate): Promise<void> {
    const topic = availabilityTopic(propertyId);
    // One deadline for signing, connecting, answering and reading the answer.
    const signal = AbortSignal.timeout(this.config.PD_DEPENDENCY_TIMEOUT_MS);
    const jwt = await this.tokens.tokenFor(topic);
    const response = await fetch(this.config.PD_HUB_URL, {
      method: 'POST',
      headers: { authorization: `Bearer ${jwt}` },
      // URLSearchParams: sent as application/x-www-form-urlencoded, as the protocol wants.
      body: new URLSearchParams({ topic, data: JSON.stringify(update), type: AVAILABILITY_EVENT_TYPE }),
      signal,
    });
    const answer = await response.text();
    if (!response.ok) {
      throw new Error(`hub answered ${response.status}: ${answer.slice(0, 200)}`);
    }
  }
}
