import { randomUUID } from 'node:crypto';
import { JsonClient } from '@pitchdesk/bench/src/http-client.ts';
import type { Answer } from '@pitchdesk/bench/src/http-client.ts';
import { availabilityQuery, interleaveSlots, quietWindows, searchPaths, seededRandom } from '@pitchdesk/bench/src/stay-mix.ts';
import type { Party, Slot, Stay } from '@pitchdesk/bench/src/stay-mix.ts';
import type { PhaseStats, RequestKind } from './phase-stats.ts';

export interface LoadOptions {
  readonly baseUrl: string;
  readonly slug: string;
  readonly year: number;
  readonly workers: number;
  /** Requests per second, all workers together: the load is bounded, not a flood. */
  readonly ratePerSecond: number;
  /** Share of iterations that hold and book (two requests) rather than search. */
  readonly bookShare: number;
}

const COUPLE: Party = { adults: 2, childrenAges: [], pets: 0, vehicles: 1 };
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The booking engine's traffic through the load balancer: searches over the season,
 * and holds each followed by its booking on unit-stays nobody else takes (so a refusal
 * is a failure, never a lost race). Every answer other than the success the guest's
 * browser expects (200 search, 201 hold, 201 book) counts as failed.
 */
export class BookingLoad {
  private readonly client: JsonClient;
  private readonly options: LoadOptions;
  private readonly stats: PhaseStats;
  private slots: Slot[] = [];
  private paths: string[] = [];
  private nextSlot = 0;
  private nextPath = 0;
  private nextSendAt = 0;
  private stopped = false;
  private running: Promise<void>[] = [];

  constructor(options: LoadOptions, stats: PhaseStats) {
    this.options = options;
    this.stats = stats;
    this.client = new JsonClient(options.baseUrl, options.workers, 10_000);
  }

  /** Finds free unit-stays in the quiet months (asking the API), and the search paths. */
  async prepare(slotsNeeded: number): Promise<number> {
    const found: { stay: Stay; unitIds: string[] }[] = [];
    let total = 0;
    for (const stay of quietWindows(this.options.year, 3)) {
      const answer = await this.client.send('GET', `/api/properties/${this.options.slug}/availability?${availabilityQuery(stay, COUPLE)}&units=true`);
      if (answer.status !== 200) {
        throw new Error(`availability ${stay.arrival}..${stay.departure} answered ${answer.status}: ${answer.text.slice(0, 200)}`);
      }
      const results = (answer.body as { results?: { available?: boolean; freeUnitIds?: string[] }[] } | undefined)?.results ?? [];
      const unitIds = results.filter((result) => result.available).flatMap((result) => result.freeUnitIds ?? []);
      found.push({ stay, unitIds });
      total += unitIds.length;
      if (total >= slotsNeeded) {
        break;
      }
    }
    this.slots = interleaveSlots(found);
    this.paths = searchPaths(this.options.slug, this.options.year, 500);
    return this.slots.length;
  }

  start(): void {
    this.nextSendAt = performance.now();
    this.running = Array.from({ length: this.options.workers }, (_, index) => this.worker(seededRandom(index + 1)));
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await Promise.all(this.running);
    this.client.close();
  }

  /** Waits for this request's turn: one every 1/rate seconds, across all workers. */
  private async pace(): Promise<void> {
    const now = performance.now();
    const at = Math.max(this.nextSendAt, now);
    this.nextSendAt = at + 1_000 / this.options.ratePerSecond;
    await sleep(at - now);
  }

  private async send(kind: RequestKind, expected: number, method: 'GET' | 'POST', path: string, body?: unknown, headers?: Record<string, string>): Promise<Answer> {
    await this.pace();
    const record = this.stats.sending(kind);
    const answer = await this.client.send(method, path, body, headers);
    record(answer.ms, answer.status === expected ? undefined : `${kind} ${answer.status === 0 ? `network (${answer.text.slice(0, 60)})` : answer.status}`);
    return answer;
  }

  private async worker(random: () => number): Promise<void> {
    while (!this.stopped) {
      const slot = random() < this.options.bookShare ? this.slots[this.nextSlot++] : undefined;
      if (!slot) {
        const path = this.paths[this.nextPath++ % this.paths.length] ?? '';
        await this.send('search', 200, 'GET', path);
        continue;
      }
      const hold = await this.send('hold', 201, 'POST', `/api/properties/${this.options.slug}/holds`, {
        unitId: slot.unitId,
        stay: { arrival: slot.arrival, departure: slot.departure },
        party: COUPLE,
      });
      const holdId = (hold.body as { holdId?: unknown } | undefined)?.holdId;
      if (hold.status === 201 && typeof holdId === 'string') {
        const guest = { firstName: 'Rehearsal', lastName: `Guest ${this.nextSlot}`, email: `rehearsal+${this.nextSlot}@example.com`, country: 'IT' };
        await this.send('book', 201, 'POST', '/api/bookings', { holdId, guest, extras: [], locale: 'en' }, { 'idempotency-key': randomUUID() });
      }
    }
  }
}
