import type { Update } from './update.ts';

/** Serialises an update as one text/event-stream event (same field order as the official hub). */
export function formatEvent(update: Update): string {
  let event = '';
  if (update.type !== undefined) {
    event += `event: ${update.type}\n`;
  }
  if (update.retry !== undefined) {
    event += `retry: ${update.retry}\n`;
  }
  event += `id: ${update.id}\n`;
  // Each line of the payload needs its own `data:` field, or a newline in it would end the event.
  for (const line of update.data.split(/\r\n|\r|\n/)) {
    event += `data: ${line}\n`;
  }
  return `${event}\n`;
}

/** A comment line: ignored by EventSource, keeps proxies and idle timers from closing the stream. */
export const HEARTBEAT = ':\n';
