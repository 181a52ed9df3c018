import { DestroyRef, inject, InjectionToken, Service, signal } from '@angular/core';
import type { AvailabilityChange, AvailabilityUpdate } from '@pitchdesk/contracts';
// The zod-free entry: this page must not carry the schemas.
import { AVAILABILITY_EVENT_TYPE, availabilityTopic } from '@pitchdesk/contracts/realtime-topic';
import { openHubStream } from './hub-stream';

export interface LiveAvailabilityHandlers {
  /** Units held, booked or released by someone: mark them at once, refetch to be sure. */
  readonly changed: (changes: readonly AvailabilityChange[]) => void;
  /** The stream came back after a drop: updates may have been missed, refetch. */
  readonly resync: () => void;
}

/**
 * Where the Mercure hub is, read when a stream opens. Each app provides it from its
 * runtime configuration (a data-access lib may not depend on another).
 */
export const HUB_URL = new InjectionToken<() => string>('pitchdesk.hubUrl');

/** The property's availability topic on the hub. Updates are hints: the API stays the truth. */
@Service()
export class LiveAvailability {
  private readonly hubUrl = inject(HUB_URL);
  /** True while the stream is open: the page can say it is live. */
  readonly connected = signal(false);

  /** Follows a property's availability until the caller's DestroyRef ends (or the returned stop). */
  watch(propertyId: string, handlers: LiveAvailabilityHandlers, destroyRef = inject(DestroyRef)): () => void {
    const stream = openHubStream({
      url: () => {
        const url = new URL(this.hubUrl(), document.baseURI);
        url.searchParams.append('topic', availabilityTopic(propertyId));
        return url;
      },
      eventType: AVAILABILITY_EVENT_TYPE,
      message: (data) => {
        const changes = parseUpdate(data);
        if (changes.length > 0) {
          handlers.changed(changes);
        }
      },
      opened: (reconnected) => {
        this.connected.set(true);
        if (reconnected) {
          handlers.resync();
        }
      },
      dropped: () => this.connected.set(false),
    });
    const stop = (): void => {
      stream();
      this.connected.set(false);
    };
    destroyRef.onDestroy(stop);
    return stop;
  }
}

/** Hand-checked rather than with the zod schema: that would put zod in every page that is live. */
function parseUpdate(data: string): readonly AvailabilityChange[] {
  try {
    const update = JSON.parse(data) as Partial<AvailabilityUpdate>;
    return Array.isArray(update.changes)
      ? update.changes.filter((change) => Array.isArray(change?.unitIds) && typeof change.arrival === 'string')
      : [];
  } catch {
    return [];
  }
}

/** Whether a change touches any night of the stay [arrival, departure). */
export function overlapsStay(change: AvailabilityChange, arrival: string, departure: string): boolean {
  return change.arrival < departure && arrival < change.departure;
}
