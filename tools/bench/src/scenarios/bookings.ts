import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import type { Answer, JsonClient } from '../http-client.ts';
import type { BookingsResult } from '../report.ts';
import type { Party, Slot } from '../stay-mix.ts';
import { LatencyRecorder, perSecond, tally } from '../stats.ts';

const SAMPLE_LIMIT = 5;

/** What a booking answer carries that the raw baseline copies, to write rows of the same size. */
export interface BookingSample {
  readonly quote: unknown;
}

function describe(step: string, answer: Answer): string {
  return `${step} ${answer.status === 0 ? 'network' : answer.status}: ${answer.text.slice(0, 300)}`;
}

/**
 * `workers` loops, each taking the next free slot and holding then booking it, until
 * `durationS` has passed (a sequence under way finishes) or the slots run out.
 */
export async function runBookings(
  client: JsonClient,
  slug: string,
  slots: readonly Slot[],
  party: Party,
  workers: number,
  durationS: number,
): Promise<{ result: BookingsResult; sample: BookingSample | null }> {
  const sequence = new LatencyRecorder();
  const holds = new LatencyRecorder();
  const books = new LatencyRecorder();
  const errors: Record<string, number> = {};
  const errorSamples: string[] = [];
  let sample: BookingSample | null = null;
  let completed = 0;
  let nextSlot = 0;
  const fail = (step: string, answer: Answer): void => {
    tally(errors, answer.status === 0 ? `${step} network` : `${step} ${answer.status}`);
    if (errorSamples.length < SAMPLE_LIMIT) {
      errorSamples.push(describe(step, answer));
    }
  };
  const started = performance.now();
  const deadline = started + durationS * 1_000;

  const worker = async (): Promise<void> => {
    while (performance.now() < deadline) {
      const slot = slots[nextSlot];
      nextSlot += 1;
      if (!slot) {
        return;
      }
      const hold = await client.send('POST', `/api/properties/${slug}/holds`, {
        unitId: slot.unitId,
        stay: { arrival: slot.arrival, departure: slot.departure },
        party,
      });
      holds.recordMs(hold.ms);
      const holdId = (hold.body as { holdId?: unknown } | undefined)?.holdId;
      if (hold.status !== 201 || typeof holdId !== 'string') {
        fail('hold', hold);
        continue;
      }
      const book = await client.send(
        'POST',
        '/api/bookings',
        {
          holdId,
          guest: { firstName: 'Bench', lastName: `Guest ${nextSlot}`, email: `bench+${nextSlot}@example.com`, country: 'IT' },
          extras: [],
          locale: 'en',
        },
        { 'idempotency-key': randomUUID() },
      );
      books.recordMs(book.ms);
      if (book.status !== 201) {
        fail('book', book);
        continue;
      }
      sequence.recordMs(hold.ms + book.ms);
      completed += 1;
      sample ??= { quote: (book.body as { booking?: { quote?: unknown } } | undefined)?.booking?.quote };
    }
  };
  await Promise.all(Array.from({ length: workers }, worker));
  const elapsedMs = performance.now() - started;
  return {
    result: {
      workers,
      durationS: Math.round(elapsedMs / 10) / 100,
      completed,
      perS: perSecond(completed, elapsedMs),
      errors,
      latency: sequence.summary(),
      errorSamples,
      holdLatency: holds.summary(),
      bookLatency: books.summary(),
      slotsAvailable: slots.length,
      slotsExhausted: nextSlot > slots.length,
    },
    sample,
  };
}
