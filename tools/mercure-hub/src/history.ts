import type { Update } from './update.ts';

/** Value of Last-Event-ID meaning "from the oldest update the hub still has". */
export const EARLIEST = 'earliest';

export interface Replay {
  readonly updates: readonly Update[];
  /** The id of the update before the first replayed one, or `earliest` (spec: reconciliation). */
  readonly precedingId: string;
}

/** The last `capacity` updates, oldest first; older ones are dropped (single node, in memory). */
export class UpdateHistory {
  readonly #capacity: number;
  readonly #updates: Update[] = [];

  constructor(capacity: number) {
    this.#capacity = capacity;
  }

  add(update: Update): void {
    if (this.#capacity === 0) {
      return;
    }
    this.#updates.push(update);
    if (this.#updates.length > this.#capacity) {
      this.#updates.shift();
    }
  }

  /**
   * Updates after `lastEventId`. For `earliest` or an id the hub no longer (or never)
   * had, everything kept is replayed and the preceding id is `earliest`, so a client can
   * tell by comparing it with the id it sent that updates may have been lost.
   */
  after(lastEventId: string | undefined): Replay {
    if (lastEventId === undefined) {
      return { updates: [], precedingId: this.#updates.at(-1)?.id ?? EARLIEST };
    }
    const index =
      lastEventId === EARLIEST
        ? -1
        : this.#updates.findLastIndex((u) => u.id === lastEventId);
    if (index === -1) {
      return { updates: [...this.#updates], precedingId: EARLIEST };
    }
    return {
      updates: this.#updates.slice(index + 1),
      precedingId: lastEventId,
    };
  }
}
