import { Injectable, Logger } from '@nestjs/common';
import { BackfillRepository } from './backfill.repository';
import { DEFAULT_SIZING, nextBatchSize } from './keyset-backfill';
import type { BatchSizing, KeysetBackfill } from './keyset-backfill';

export interface BackfillOptions {
  readonly sizing?: BatchSizing;
  /** Breathing room for the primary (and the replicas' apply thread) between batches. */
  readonly pauseMs?: number;
  /** Stop after this many batches in this run (the rest waits for the next run). */
  readonly maxBatches?: number;
}

export interface BackfillReport {
  readonly name: string;
  /** Batches and rows of this run only; the checkpoint keeps the totals. */
  readonly batches: number;
  readonly rowsUpdated: number;
  readonly lastId: string;
  /** True once every key up to where the table ended when it began is done; later runs do nothing. */
  readonly finished: boolean;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs a KeysetBackfill from its checkpoint to the end of its table. Safe to kill at any
 * moment (every batch commits with its checkpoint) and to start twice (runs take turns).
 */
@Injectable()
export class BackfillRunner {
  private readonly logger = new Logger('Backfill');

  constructor(private readonly repository: BackfillRepository) {}

  async run(backfill: KeysetBackfill, options: BackfillOptions = {}): Promise<BackfillReport> {
    const sizing = options.sizing ?? DEFAULT_SIZING;
    const start = await this.repository.begin(backfill);
    let report: BackfillReport = { name: backfill.name, batches: 0, rowsUpdated: 0, lastId: start.lastId, finished: start.finished };
    if (start.finished) {
      this.logger.log({ message: 'backfill already finished', ...report });
      return report;
    }
    this.logger.log({ message: 'backfill resuming', name: backfill.name, afterId: start.lastId, endId: start.endId, batchesBefore: start.batches });
    let size = sizing.initial;
    while (options.maxBatches === undefined || report.batches < options.maxBatches) {
      const began = performance.now();
      const batch = await this.repository.applyNextBatch(backfill, size);
      if (!batch) {
        await this.repository.markFinished(backfill.name);
        report = { ...report, finished: true };
        this.logger.log({ message: 'backfill finished', ...report });
        return report;
      }
      const tookMs = performance.now() - began;
      report = { ...report, batches: report.batches + 1, rowsUpdated: report.rowsUpdated + batch.updated, lastId: batch.upTo };
      this.logger.log({ message: 'backfill batch', name: backfill.name, ...batch, size, tookMs: Math.round(tookMs) });
      size = nextBatchSize(size, tookMs, sizing);
      await sleep(options.pauseMs ?? 0);
    }
    this.logger.log({ message: 'backfill paused after its batch budget', ...report });
    return report;
  }
}
