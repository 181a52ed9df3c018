/**
 * A data backfill: one UPDATE applied to a table in batches of consecutive primary keys
 * (keyset pagination over an unsigned integer `id`), each batch its own short
 * transaction together with its checkpoint, up to the last key the table had when the
 * backfill began. Backfills are jobs, never DDL migrations: they run once the code that
 * writes both shapes is everywhere (so rows added later need nothing), and may take hours.
 */
export interface KeysetBackfill {
  /** Names its checkpoint row: a rerun with the same name resumes, never restarts. */
  readonly name: string;
  /** The table walked by `id`. A constant, never input: it is interpolated into SQL. */
  readonly table: string;
  /**
   * The UPDATE for the rows with `id > ? AND id <= ?` (the runner binds those two, in
   * that order). It must be idempotent: a batch may run again after a crash before its
   * commit, and it should skip rows already right, so a rerun writes nothing twice.
   */
  readonly updateBatch: string;
}

export interface BatchSizing {
  readonly initial: number;
  readonly min: number;
  readonly max: number;
  /** A batch should hold its row locks about this long; the size follows the last batch. */
  readonly targetMs: number;
}

export const DEFAULT_SIZING: BatchSizing = { initial: 1_000, min: 50, max: 10_000, targetMs: 200 };

/**
 * The next batch size from how long the last one took: halved when it ran past twice the
 * target, doubled when it took under half of it, within [min, max]. Long batches hold
 * row locks that booking transactions would wait for; tiny ones waste round trips.
 */
export function nextBatchSize(current: number, tookMs: number, sizing: BatchSizing): number {
  const proposed = tookMs > sizing.targetMs * 2 ? Math.floor(current / 2) : tookMs < sizing.targetMs / 2 ? current * 2 : current;
  return Math.min(sizing.max, Math.max(sizing.min, proposed));
}
