import { DestroyRef, inject, Service, signal } from '@angular/core';
import type { StaffEvent, StaffUpdate } from '@pitchdesk/contracts';
import { STAFF_EVENT_TYPE } from '@pitchdesk/contracts/realtime-topic';
import { HUB_URL, openHubStream } from '@pitchdesk/shared/data-access-api';
import { StaffApi } from './staff-api';

export interface LiveStaffHandlers {
  /** Bookings, moves, check-ins... made by anyone: refetch what is shown. */
  readonly changed: (events: readonly StaffEvent[]) => void;
  /** The stream came back after a drop: events may have been missed, refetch. */
  readonly resync: () => void;
}

/**
 * The property's private staff stream on the hub: each (re)connect first asks the API for
 * a short-lived subscriber token, so only a signed-in console can open it, and a console
 * whose session ended stops getting in. Events are hints: the API stays the truth.
 */
@Service()
export class LiveStaffEvents {
  private readonly api = inject(StaffApi);
  private readonly hubUrl = inject(HUB_URL);
  /** True while the stream is open: a page can say it is live. */
  readonly connected = signal(false);

  watch(handlers: LiveStaffHandlers, destroyRef = inject(DestroyRef)): () => void {
    const stop = openHubStream({
      url: async () => {
        const live = await this.api.live();
        const url = new URL(this.hubUrl(), document.baseURI);
        url.searchParams.append('topic', live.topic);
        url.searchParams.set('authorization', live.token);
        return url;
      },
      eventType: STAFF_EVENT_TYPE,
      message: (data) => {
        const events = parseUpdate(data);
        if (events.length > 0) {
          handlers.changed(events);
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
    const end = (): void => {
      stop();
      this.connected.set(false);
    };
    destroyRef.onDestroy(end);
    return end;
  }
}

/** Hand-checked rather than with the zod schema, which would put zod in the bundle. */
function parseUpdate(data: string): readonly StaffEvent[] {
  try {
    const update = JSON.parse(data) as Partial<StaffUpdate>;
    return Array.isArray(update.events) ? update.events.filter((event) => typeof event?.kind === 'string' && typeof event.subjectId === 'string') : [];
  } catch {
    return [];
  }
}
