import { Inject, Injectable, Logger } from '@nestjs/common';
import type { OnApplicationShutdown } from '@nestjs/common';
import { STAFF_EVENT_TYPE, staffEventSchema, staffTopic } from '@pitchdesk/contracts';
import type { StaffEvent } from '@pitchdesk/contracts';
import { APP_CONFIG } from '../config/app-config';
import type { AppConfig } from '../config/app-config';
import { CoalescingHubPublisher } from './coalescing-hub-publisher';

/** A busy reception desk makes a few changes a second at most; this only bounds a burst. */
const MAX_EVENTS_PER_UPDATE = 200;

/**
 * Tells every open console of a property what changed, on the property's private staff
 * topic (guest names and stays are not public): only subscribers holding a staff
 * subscriber token (StaffLiveController) receive it. Fire and forget like the availability
 * publisher: call it after the change committed; it never throws and never slows the change.
 */
@Injectable()
export class StaffEventsPublisher implements OnApplicationShutdown {
  private readonly logger = new Logger(StaffEventsPublisher.name);
  private readonly hub: CoalescingHubPublisher<StaffEvent>;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.hub = new CoalescingHubPublisher(config, {
      name: StaffEventsPublisher.name,
      itemName: 'staff event',
      eventType: STAFF_EVENT_TYPE,
      private: true,
      topicOf: staffTopic,
      dataOf: (events) => ({ events }),
      maxItemsPerUpdate: MAX_EVENTS_PER_UPDATE,
    });
  }

  publishStaffEvent(event: StaffEvent): void {
    try {
      const parsed = staffEventSchema.safeParse(event);
      if (!parsed.success) {
        this.logger.warn({ message: 'staff event not published: invalid', issues: parsed.error.issues });
        return;
      }
      this.hub.add(parsed.data.propertyId, parsed.data);
    } catch (error) {
      this.logger.warn({ message: 'staff event not published', error: String(error) });
    }
  }

  settled(): Promise<void> {
    return this.hub.settled();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.settled();
  }
}
