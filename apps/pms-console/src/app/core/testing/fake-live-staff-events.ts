import { signal } from '@angular/core';
import type { StaffEvent } from '@pitchdesk/contracts';
import type { LiveStaffHandlers } from '../live-staff-events';
import { LiveStaffEvents } from '../live-staff-events';

/** Stands in for the hub stream in component specs: the spec sends events by hand. */
export class FakeLiveStaffEvents {
  readonly connected = signal(true);
  readonly handlers: LiveStaffHandlers[] = [];

  watch(handlers: LiveStaffHandlers): () => void {
    this.handlers.push(handlers);
    return () => undefined;
  }

  send(...events: StaffEvent[]): void {
    for (const handlers of this.handlers) {
      handlers.changed(events);
    }
  }
}

export function provideFakeLiveStaffEvents(fake = new FakeLiveStaffEvents()) {
  return { provide: LiveStaffEvents, useValue: fake };
}
