import { EventSource } from 'eventsource';
import { STAFF_EVENT_TYPE, staffUpdateSchema } from '@pitchdesk/contracts';
import type { StaffEvent } from '@pitchdesk/contracts';

/** What one stream received, in order: staff events, and anything else by its SSE type. */
export interface StreamLog {
  readonly received: { type: string; events: StaffEvent[]; data: string }[];
  /** Resolves with the first message of `type` that satisfies `match` (already received or to come). */
  waitFor(type: string, match?: (data: string) => boolean): Promise<string>;
  close(): void;
}

/**
 * A console-like subscriber on the real hub: `topics` on one stream, with the subscriber
 * token in the `authorization` query parameter when given (as the console does; EventSource
 * cannot send headers). Resolves once the stream is open.
 */
export async function openStream(hubUrl: string, topics: readonly string[], token?: string, otherTypes: readonly string[] = []): Promise<StreamLog> {
  const url = new URL(hubUrl);
  for (const topic of topics) {
    url.searchParams.append('topic', topic);
  }
  if (token) {
    url.searchParams.set('authorization', token);
  }
  const source = new EventSource(url);
  const received: StreamLog['received'] = [];
  const waiters = new Set<() => void>();
  for (const type of [STAFF_EVENT_TYPE, ...otherTypes]) {
    source.addEventListener(type, (event) => {
      const data = (event as MessageEvent<string>).data;
      received.push({ type, data, events: type === STAFF_EVENT_TYPE ? staffUpdateSchema.parse(JSON.parse(data)).events : [] });
      for (const wake of waiters) {
        wake();
      }
    });
  }
  await new Promise<void>((resolve, reject) => {
    source.onopen = () => resolve();
    source.onerror = (error) => reject(new Error(`subscription failed: ${error.message ?? 'unknown'}`));
  });
  return {
    received,
    waitFor: (type, match = () => true) =>
      new Promise<string>((resolve, reject) => {
        const check = (): boolean => {
          const found = received.find((message) => message.type === type && match(message.data));
          if (found) {
            clearTimeout(timer);
            waiters.delete(wake);
            resolve(found.data);
          }
          return Boolean(found);
        };
        const wake = (): void => void check();
        const timer = setTimeout(() => {
          waiters.delete(wake);
          reject(new Error(`no ${type} message within 5 s; got ${JSON.stringify(received)}`));
        }, 5_000);
        waiters.add(wake);
        check();
      }),
    close: () => source.close(),
  };
}
