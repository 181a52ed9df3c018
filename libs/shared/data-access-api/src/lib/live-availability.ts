import { DestroyRef, inject, InjectionToken, Service, signal } from '@angular/core';
import type { AvailabilityChange, AvailabilityUpdate } from '@pitchdesk/contracts';
// The zod-free entry: this page must not carry the schemas.
import { AVAILABILITY_EVENT_TYPE, availabilityTopic } from '@pitchdesk/contracts/realtime-topic';

export interface LiveAvailabilityHandlers {
  /** Units held, booked or released by someone: mark them at once, refetch to be sure. */
  readonly changed: (changes: readonly AvailabilityChange[]) => void;
  /** The stream came back after a drop: updates may have been missed, refetch. */
  readonly resync: () => void;
}

const MAX_RETRY_MS = 30_000;

/**
 * Where the Mercure hub is, read when a stream opens. Each app provides it from its
 * runtime configuration (a data-access lib may not depend on another).
 */
export const HUB_URL = new InjectionToken<() => string>('pitchdesk.hubUrl');

/**
 * The property's availability topic on the hub, over EventSource. The browser retries a
 * dropped stream itself; when the hub refuses (the stream is closed), this reopens it
 * with a growing delay. Updates are hints: the API stays the truth.
 */
@Service()
export class LiveAvailability {
  private readonly hubUrl = inject(HUB_URL);
  /** True while the stream is open: the page can say it is live. */
  readonly connected = signal(false);

  /** Follows a property's availability until the caller's DestroyRef ends (or the returned stop). */
  watch(propertyId: string, handlers: LiveAvailabilityHandlers, destroyRef = inject(DestroyRef)): () => void {
    let source: EventSource | undefined;
    let retryTimer: ReturnType<typeof setTimeout> | undefined;
    let retryMs = 1_000;
    let everOpened = false;
    let stopped = false;

    const open = (): void => {
      const url = new URL(this.hubUrl(), document.baseURI);
      url.searchParams.append('topic', availabilityTopic(propertyId));
      source = new EventSource(url);
      source.onopen = () => {
        this.connected.set(true);
        retryMs = 1_000;
        if (everOpened) {
          handlers.resync();
        }
        everOpened = true;
      };
      source.addEventListener(AVAILABILITY_EVENT_TYPE, (event) => {
        const changes = parseUpdate((event as MessageEvent<string>).data);
        if (changes.length > 0) {
          handlers.changed(changes);
        }
      });
      source.onerror = () => {
        this.connected.set(false);
        if (source?.readyState === EventSource.CLOSED && !stopped) {
          source.close();
          retryTimer = setTimeout(open, retryMs);
          retryMs = Math.min(retryMs * 2, MAX_RETRY_MS);
        }
      };
    };

    const stop = (): void => {
      stopped = true;
      clearTimeout(retryTimer);
      source?.close();
      this.connected.set(false);
    };
    open();
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
