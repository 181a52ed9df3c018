import { Inject, Injectable, Logger } from '@nestjs/common';
import type { OnApplicationShutdown } from '@nestjs/common';
import { AVAILABILITY_EVENT_TYPE, availabilityChangeSchema, availabilityTopic, MAX_CHANGES_PER_UPDATE } from '@pitchdesk/contracts';
import type { AvailabilityChange } from '@pitchdesk/contracts';
import { APP_CONFIG } from '../config/app-config';
import type { AppConfig } from '../config/app-config';
import { CoalescingHubPublisher } from './coalescing-hub-publisher';

/**
 * Publishes availability changes to the hub as public updates on the property's topic
 * (availability is public information), gathered per property (see CoalescingHubPublisher).
 * Browsers treat an update as a hint to refetch, and the database stays the truth.
 */
@Injectable()
export class AvailabilityPublisher implements OnApplicationShutdown {
  private readonly logger = new Logger(AvailabilityPublisher.name);
  private readonly hub: CoalescingHubPublisher<AvailabilityChange>;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.hub = new CoalescingHubPublisher(config, {
      name: AvailabilityPublisher.name,
      itemName: 'availability change',
      eventType: AVAILABILITY_EVENT_TYPE,
      private: false,
      topicOf: availabilityTopic,
      dataOf: (changes) => ({ changes }),
      maxItemsPerUpdate: MAX_CHANGES_PER_UPDATE,
    });
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
      this.hub.add(parsed.data.propertyId, parsed.data);
    } catch (error) {
      this.logger.warn({ message: 'availability change not published', error: String(error) });
    }
  }

  /** Sends what is waiting now, then resolves once every publish so far has been delivered or given up. */
  settled(): Promise<void> {
    return this.hub.settled();
  }

  /** A job that publishes and exits would otherwise cut its last publishes off. */
  async onApplicationShutdown(): Promise<void> {
    await this.settled();
  }
}
