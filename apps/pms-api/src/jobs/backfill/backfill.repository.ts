import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { DatabaseSessions } from '../../database/database-sessions';
import type { KeysetBackfill } from './keyset-backfill';

/** Where a backfill stands; ids are strings because BIGINT UNSIGNED exceeds a JS number. */
export interface BackfillCheckpoint {
  /** The table's last key when the backfill began: where it ends. */
  readonly endId: string;
  readonly lastId: string;
  readonly rowsUpdated: number;
  readonly batches: number;
  readonly finished: boolean;
}

/** One committed batch: the keys (after, upTo] went through the update. */
export interface AppliedBatch {
  readonly after: string;
  readonly upTo: string;
  readonly updated: number;
}

interface CheckpointRow {
  end_id: string | number | null;
  last_id: string | number;
  rows_updated: string | number;
  batches: string | number;
  finished_at: Date | string | null;
}

/** The backfill runner's SQL: checkpoints in backfill_checkpoints, batches on the primary. */
@Injectable()
export class BackfillRepository {
  constructor(private readonly sessions: DatabaseSessions) {}

  /** The checkpoint of `backfill`; its first run starts it at key 0 and ends it at the table's last key. */
  async begin(backfill: KeysetBackfill): Promise<BackfillCheckpoint> {
    return this.sessions.transaction(async (manager) => {
      await manager.query(
        `INSERT INTO backfill_checkpoints (name, started_at, updated_at) VALUES (?, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6))
         ON DUPLICATE KEY UPDATE name = name`,
        [backfill.name],
      );
      await manager.query(
        `UPDATE backfill_checkpoints SET end_id = (SELECT COALESCE(MAX(id), 0) FROM ${backfill.table}) WHERE name = ? AND end_id IS NULL`,
        [backfill.name],
      );
      return toCheckpoint(await lockCheckpoint(manager, backfill.name));
    });
  }

  async checkpoint(name: string): Promise<BackfillCheckpoint | null> {
    const rows: CheckpointRow[] = await this.sessions.read('primary', (manager) =>
      manager.query('SELECT end_id, last_id, rows_updated, batches, finished_at FROM backfill_checkpoints WHERE name = ?', [name]),
    );
    return rows[0] ? toCheckpoint(rows[0]) : null;
  }

  /**
   * Applies the next batch of up to `size` keys after the checkpoint and moves the
   * checkpoint past it, in one transaction: a crash leaves either both or neither. The
   * checkpoint row stays locked meanwhile, so two runs of one backfill take turns
   * instead of updating the same batch twice. Null when no key up to the end is left.
   */
  async applyNextBatch(backfill: KeysetBackfill, size: number): Promise<AppliedBatch | null> {
    return this.sessions.transaction(async (manager) => {
      const checkpoint = await lockCheckpoint(manager, backfill.name);
      const after = String(checkpoint.last_id);
      const [end] = (await manager.query(
        `SELECT MAX(id) AS up_to FROM (SELECT id FROM ${backfill.table} WHERE id > ? AND id <= ? ORDER BY id LIMIT ?) AS batch`,
        [after, String(checkpoint.end_id ?? 0), size],
      )) as { up_to: string | number | null }[];
      if (end?.up_to === null || end?.up_to === undefined) {
        return null;
      }
      const upTo = String(end.up_to);
      const result = (await manager.query(backfill.updateBatch, [after, upTo])) as { affectedRows: number };
      await manager.query(
        `UPDATE backfill_checkpoints
            SET last_id = ?, rows_updated = rows_updated + ?, batches = batches + 1, updated_at = UTC_TIMESTAMP(6)
          WHERE name = ?`,
        [upTo, result.affectedRows, backfill.name],
      );
      return { after, upTo, updated: result.affectedRows };
    });
  }

  async markFinished(name: string): Promise<void> {
    await this.sessions.transaction((manager) =>
      manager.query('UPDATE backfill_checkpoints SET finished_at = UTC_TIMESTAMP(6), updated_at = UTC_TIMESTAMP(6) WHERE name = ?', [name]),
    );
  }
}

async function lockCheckpoint(manager: EntityManager, name: string): Promise<CheckpointRow> {
  const rows: CheckpointRow[] = await manager.query(
    'SELECT end_id, last_id, rows_updated, batches, finished_at FROM backfill_checkpoints WHERE name = ? FOR UPDATE',
    [name],
  );
  const row = rows[0];
  if (!row) {
    throw new Error(`backfill ${name} has no checkpoint row`);
  }
  return row;
}

function toCheckpoint(row: CheckpointRow): BackfillCheckpoint {
  return {
    endId: String(row.end_id ?? ''),
    lastId: String(row.last_id),
    rowsUpdated: Number(row.rows_updated),
    batches: Number(row.batches),
    finished: row.finished_at !== null,
  };
}
