import type { Connection } from 'mysql2/promise';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MigrateExit, runMigrations } from '../../src/database/migration-runner';
import { migrationLockName } from '../../src/database/runner/migration-lock';
import { FIXTURE_SETS } from './support/migration-runner/fixture-migrations';
import { startFixtureRunner } from './support/migration-runner/fixture-runner-process';
import { holdMetadataLock } from './support/migration-runner/metadata-lock-blocker';
import { columnExists, journalOf, MemoryLogger, rowsOf, scratchDatabase } from './support/migration-runner/scratch-database';
import type { MemoryLogEntry, ScratchDatabase } from './support/migration-runner/scratch-database';

const PATIENT_RETRIES = ['--ddl-lock-wait-seconds', '1', '--max-attempts', '100', '--retry-base-ms', '100', '--retry-max-ms', '200'];

describe('the migration runner and locks', () => {
  let database: ScratchDatabase;
  let connection: Connection;
  let tests = 0;

  beforeEach(async () => {
    tests += 1;
    database = await scratchDatabase(`locks${tests}`);
    connection = await database.connect();
    expect(await runMigrations(database.config, new MemoryLogger(), { migrations: FIXTURE_SETS.base })).toBe(MigrateExit.OK);
  });

  afterEach(async () => {
    await connection.end();
    await database.drop();
  });

  it('never runs two at once: a second run exits LOCK_BUSY naming the holder, a third waits and then finds nothing to do', async () => {
    const blocker = await holdMetadataLock(database, 'gadgets');
    const first = startFixtureRunner('reshape', PATIENT_RETRIES, database.url);
    await first.waitForLog('the first run is inside the migration', (entry) => entry.message === 'step waiting for a metadata lock, retrying');

    const busy = startFixtureRunner('reshape', [...PATIENT_RETRIES, '--lock-wait-seconds', '0'], database.url);
    expect((await busy.exited).code).toBe(MigrateExit.LOCK_BUSY);
    const [holder] = await rowsOf<{ id: number }>(connection, 'SELECT IS_USED_LOCK(?) AS id', [migrationLockName(database.name)]);
    const refusal = busy.logs().find((entry) => entry.message === 'another migration run holds the lock');
    expect(refusal?.['holderConnectionId']).toBe(holder?.id);

    const patient = startFixtureRunner('reshape', [...PATIENT_RETRIES, '--lock-wait-seconds', '60'], database.url);
    await patient.waitForLog('the third run waits for the lock', (entry) => entry.message === 'waiting for the migration lock');
    await blocker.release();

    expect((await first.exited).code).toBe(MigrateExit.OK);
    expect((await patient.exited).code).toBe(MigrateExit.OK);
    expect(patient.logs().find((entry) => entry.message === 'migration run')?.['pending']).toEqual([]);
    const journal = (await journalOf(connection)).filter((row) => row.migration === 'ReshapeCatalogue1795400000010');
    expect(journal.map((row) => [row.step_no, row.status])).toEqual([
      [1, 'done'],
      [2, 'done'],
      [3, 'done'],
      [4, 'done'],
    ]);
    expect(new Set(journal.map((row) => row.run_id)).size).toBe(1);
    for (const other of [busy, patient]) {
      expect(other.logs().filter((entry) => entry.message === 'step done')).toEqual([]);
    }
  });

  it('retries with short lock waits behind an idle transaction while reads and writes on the table go on, and succeeds once it commits', async () => {
    await connection.query("INSERT INTO widgets (label) VALUES ('a'), ('b'), ('c')");
    const blocker = await holdMetadataLock(database, 'widgets');
    const traffic = startTraffic(database, 4);
    const logger = new MemoryLogger();
    const retry = (attempt: number) => (entry: MemoryLogEntry) => entry.message === 'step waiting for a metadata lock, retrying' && entry['attempt'] === attempt;

    const migrating = runMigrations(database.config, logger, {
      migrations: FIXTURE_SETS.note,
      ddlLockWaitSeconds: 1,
      retry: { maxAttempts: 100, baseDelayMs: 200, maxDelayMs: 400 },
    });
    await logger.waitFor(retry(1));
    const atFirstRetry = traffic.completed();
    await logger.waitFor(retry(3));
    const atThirdRetry = traffic.completed();
    await blocker.release();

    expect(await migrating).toBe(MigrateExit.OK);
    const done = await traffic.stop();
    expect(done.failures).toEqual([]);
    // While the runner was retrying (blocked by the idle transaction), traffic kept flowing.
    expect(atThirdRetry.reads).toBeGreaterThan(atFirstRetry.reads);
    expect(atThirdRetry.writes).toBeGreaterThan(atFirstRetry.writes);
    expect(await columnExists(connection, 'widgets', 'note')).toBe(true);
    const [step] = (await journalOf(connection)).filter((row) => row.migration === 'AddWidgetNote1795400000020');
    expect(step?.status).toBe('done');
    expect(step?.attempts).toBeGreaterThanOrEqual(4);
    expect(step?.lock_wait_ms).toBeGreaterThan(0);
    const retries = logger.entries.filter((entry) => entry.message === 'step waiting for a metadata lock, retrying');
    expect(retries.every((entry) => entry['statement'] === 'ALTER TABLE widgets ADD COLUMN note VARCHAR(200) NULL, ALGORITHM=INSTANT')).toBe(true);
  });

  it('gives up with LOCK_RETRIES_EXHAUSTED after the last allowed attempt, and a later run succeeds', async () => {
    const blocker = await holdMetadataLock(database, 'widgets');
    const logger = new MemoryLogger();
    const options = { migrations: FIXTURE_SETS.note, ddlLockWaitSeconds: 1, retry: { maxAttempts: 2, baseDelayMs: 10, maxDelayMs: 20 } };

    expect(await runMigrations(database.config, logger, options)).toBe(MigrateExit.LOCK_RETRIES_EXHAUSTED);
    expect(await columnExists(connection, 'widgets', 'note')).toBe(false);
    const [failed] = (await journalOf(connection)).filter((row) => row.migration === 'AddWidgetNote1795400000020');
    expect([failed?.status, failed?.attempts]).toEqual(['failed', 2]);
    expect(logger.entries.find((entry) => entry['outcome'] === 'LOCK_RETRIES_EXHAUSTED')?.message).toBe(
      'step 1 of AddWidgetNote1795400000020 kept timing out on a metadata lock',
    );

    await blocker.release();
    expect(await runMigrations(database.config, logger, options)).toBe(MigrateExit.OK);
    expect(await columnExists(connection, 'widgets', 'note')).toBe(true);
  });
});

interface TrafficCounts {
  readonly reads: number;
  readonly writes: number;
}

/** `loops` connections reading and inserting widgets back to back, until stopped. */
function startTraffic(database: ScratchDatabase, loops: number): {
  completed(): TrafficCounts;
  stop(): Promise<TrafficCounts & { failures: string[] }>;
} {
  let reads = 0;
  let writes = 0;
  let running = true;
  const failures: string[] = [];
  const loop = async (): Promise<void> => {
    const client = await database.connect();
    try {
      for (let i = 0; running; i += 1) {
        try {
          if (i % 2 === 0) {
            await client.query('SELECT id, label FROM widgets ORDER BY id LIMIT 5');
            reads += 1;
          } else {
            await client.query('INSERT INTO widgets (label) VALUES (?)', [`traffic ${i}`]);
            writes += 1;
          }
        } catch (error) {
          failures.push(error instanceof Error ? error.message : String(error));
        }
      }
    } finally {
      await client.end();
    }
  };
  const loopsDone = Promise.all(Array.from({ length: loops }, loop));
  return {
    completed: () => ({ reads, writes }),
    stop: async () => {
      running = false;
      await loopsDone;
      return { reads, writes, failures };
    },
  };
}
