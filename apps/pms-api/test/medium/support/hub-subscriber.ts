import { EventSource } from 'eventsource';
import { AVAILABILITY_EVENT_TYPE, availabilityUpdateSchema } from '@pitchdesk/contracts';
import type { AvailabilityChange } from '@pitchdesk/contracts';

export interface Received {
  type: string;
  id: string;
  changes: AvailabilityChange[];
}

/** A browser-like subscriber on the real hub: resolves once the stream is open. */
export async function subscribe(hubUrl: string, topic: string): Promise<{ events: Received[]; next: () => Promise<Received>; close: () => void }> {
  const url = new URL(hubUrl);
  url.searchParams.append('topic', topic);
  const source = new EventSource(url);
  const events: Received[] = [];
  let waiter: ((event: Received) => void) | undefined;
  source.addEventListener(AVAILABILITY_EVENT_TYPE, (event) => {
    const received = { type: event.type, id: event.lastEventId, changes: availabilityUpdateSchema.parse(JSON.parse(event.data)).changes };
    events.push(received);
    waiter?.(received);
  });
  await new Promise<void>((resolve, reject) => {
    source.onopen = () => resolve();
    source.onerror = (error) => reject(new Error(`subscription failed: ${error.message ?? 'unknown'}`));
  });
  return {
    events,
    next: () =>
      new Promise<Received>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no update on ${topic} within 5 s`)), 5_000);
        waiter = (event) => {
          clearTimeout(timer);
          waiter = undefined;
          resolve(event);
        };
      }),
    close: () => source.close(),
  };
}
