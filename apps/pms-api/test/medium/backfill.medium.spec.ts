import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DatabaseSessions } from '../../src/database/database-sessions';
import { BackfillRunner } from '../../src/jobs/backfill/backfill-runner';
import { BackfillRepository } from '../../src/jobs/backfill/backfill.repository';
import type { KeysetBackfill } from '../../src/jobs/backfill/keyset-backfill';
import { JobsModule } from '../../src/jobs/jobs.module';
import { workerConfig } from './support/test-database';

const silent = { log: () => undefined, warn: () => undefined, error: () => undefined };
// Fixed batches of 40 keys: the counts below follow from it.
const forty = { sizing: { initial: 40, min: 40, max: 40, targetMs: 60_000 } };
const ROWS = 250;

// A table of this test's own: `copies` counts how often the update touched a row.
const copyBackfill = (name: string, updateBatch?: string): KeysetBackfill => ({
  name,
  table: 'backfill_test_rows',
  updateBatch:
    updateBatch ??
    'UPDATE backfill_test_rows SET copy = source, copies = copies + 1 WHERE id > ? AND id <= ? AND NOT (copy <=> source)',
});

describe('keyset backfill on the real database', () => {
  let app: INestApplicationContext;
  let sessions: DatabaseSessions;
  let runner: BackfillRunner;
  let serial = 0;
  let name = '';

  const rows = (): Promise<{ id: string; copy: string | null; source: string; copies: number }[]> =>
    sessions.read('primary', (manager) => manager.query('SELECT id, source, copy, copies FROM backfill_test_rows ORDER BY id'));

  beforeAll(async () => {
    app = await NestFactory.createApplicationContext(JobsModule.forRoot(await workerConfig()), { logger: silent });
    sessions = app.get(DatabaseSessions);
    runner = app.get(BackfillRunner);
    await sessions.transaction((manager) =>
      manager.query(
        `CREATE TABLE IF NOT EXISTS backfill_test_rows (
           id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
           source VARCHAR(32) NOT NULL,
           copy VARCHAR(32) NULL,
           copies INT NOT NULL DEFAULT 0
         ) ENGINE=InnoDB`,
      ),
    );
  });

  afterAll(async () => {
    await app.close();
  });

  beforeEach(async () => {
    serial += 1;
    name = `test-backfill-${Date.now()}-${serial}`;
    await sessions.transaction(async (manager) => {
      await manager.query('DELETE FROM backfill_test_rows');
      // Gaps in the keys, as deleted rows leave them: batches follow keys, not counts.
      const values = Array.from({ length: ROWS }, (_, i) => `(${(i + 1) * 3}, 'value-${i + 1}')`).join(', ');
      await manager.query(`INSERT INTO backfill_test_rows (id, source) VALUES ${values}`);
    });
  });

  it('updates every row once, in batches, then finishes; a rerun does nothing', async () => {
    const first = await runner.run(copyBackfill(name), forty);
    expect(first).toMatchObject({ batches: Math.ceil(ROWS / 40), rowsUpdated: ROWS, finished: true, lastId: String(ROWS * 3) });
    expect((await rows()).every((row) => row.copy === row.source && row.copies === 1)).toBe(true);

    const again = await runner.run(copyBackfill(name), forty);
    expect(again).toMatchObject({ batches: 0, rowsUpdated: 0, finished: true });
    expect((await rows()).every((row) => row.copies === 1)).toBe(true);
  });

  it('resumes after its last committed batch when a run stops part way', async () => {
    const stopped = await runner.run(copyBackfill(name), { ...forty, maxBatches: 2 });
    expect(stopped).toMatchObject({ batches: 2, rowsUpdated: 80, finished: false, lastId: String(80 * 3) });
    const after = await rows();
    expect(after.filter((row) => row.copies === 1).map((row) => Number(row.id))).toEqual(Array.from({ length: 80 }, (_, i) => (i + 1) * 3));
    expect(after.filter((row) => row.copies === 0)).toHaveLength(ROWS - 80);

    const resumed = await runner.run(copyBackfill(name), forty);
    expect(resumed).toMatchObject({ rowsUpdated: ROWS - 80, finished: true });
    expect((await rows()).every((row) => row.copy === row.source && row.copies === 1)).toBe(true);
    expect(await app.get(BackfillRepository).checkpoint(name)).toEqual({ endId: String(ROWS * 3), lastId: String(ROWS * 3), rowsUpdated: ROWS, batches: 7, finished: true });
  });

  it('ends at the last key the table had when it began: later rows were written in the new shape', async () => {
    await runner.run(copyBackfill(name), { ...forty, maxBatches: 1 });
    await sessions.transaction((manager) => manager.query(`INSERT INTO backfill_test_rows (id, source) VALUES (${ROWS * 3 + 1}, 'later'), (${ROWS * 3 + 2}, 'later')`));
    const rest = await runner.run(copyBackfill(name), forty);
    expect(rest).toMatchObject({ rowsUpdated: ROWS - 40, finished: true, lastId: String(ROWS * 3) });
    expect((await rows()).filter((row) => row.source === 'later').map((row) => row.copies)).toEqual([0, 0]);
  });

  it('stops at a batch that fails, keeps the batches before it, and resumes from there', async () => {
    // Fails in the third batch (keys 243..360): a subquery of two rows where one value is needed.
    const failing = copyBackfill(
      name,
      `UPDATE backfill_test_rows SET copy = IF(id > 300, (SELECT 1 UNION SELECT 2), source), copies = copies + 1
        WHERE id > ? AND id <= ? AND NOT (copy <=> source)`,
    );
    await expect(runner.run(failing, forty)).rejects.toThrow(/more than 1 row/i);
    expect(await app.get(BackfillRepository).checkpoint(name)).toMatchObject({ lastId: String(80 * 3), batches: 2, finished: false });
    expect((await rows()).filter((row) => row.copies > 0)).toHaveLength(80);

    await runner.run(copyBackfill(name), forty);
    expect((await rows()).every((row) => row.copy === row.source && row.copies === 1)).toBe(true);
  });

  it('lets two runs of one backfill take turns: no batch is applied twice', async () => {
    // Not idempotent on purpose: a batch applied twice would show as copies = 2.
    const counting = copyBackfill(name, 'UPDATE backfill_test_rows SET copies = copies + 1 WHERE id > ? AND id <= ?');
    const [one, two] = await Promise.all([runner.run(counting, forty), runner.run(counting, forty)]);
    expect(one.rowsUpdated + two.rowsUpdated).toBe(ROWS);
    expect((await rows()).every((row) => row.copies === 1)).toBe(true);
  });
});
