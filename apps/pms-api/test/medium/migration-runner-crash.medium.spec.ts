import type { Connection } from 'mysql2/promise';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MigrateExit, runMigrations } from '../../src/database/migration-runner';
import { FIXTURE_SETS } from './support/migration-runner/fixture-migrations';
import { startFixtureRunner } from './support/migration-runner/fixture-runner-process';
import type { LogEntry } from './support/migration-runner/fixture-runner-process';
import { holdMetadataLock } from './support/migration-runner/metadata-lock-blocker';
import { appliedMigrations, columnExists, journalOf, MemoryLogger, rowsOf, schemaOf, scratchDatabase } from './support/migration-runner/scratch-database';
import type { ScratchDatabase } from './support/migration-runner/scratch-database';
import { eventually } from './support/test-database';

// A run killed or stopped in the middle of a four-step migration, then run again: the
// schema must end up exactly as after an uninterrupted run. The steps of the fixture
// migration are unguarded, so a rerun that repeated a done step would fail on it.

/** Short metadata-lock waits, many attempts: a blocked step keeps retrying until the test acts. */
const PATIENT_RETRIES = ['--ddl-lock-wait-seconds', '1', '--max-attempts', '100', '--retry-base-ms', '100', '--retry-max-ms', '200'];
/** The killed run's connections (and named lock) may take a moment to be noticed gone. */
const RERUN = [...PATIENT_RETRIES, '--lock-wait-seconds', '20'];
const RESHAPE = 'ReshapeCatalogue1795400000010';

const retrying = (step: number) => (entry: LogEntry) =>
  entry.message === 'step waiting for a metadata lock, retrying' && entry['migration'] === RESHAPE && entry['step'] === step;

describe('a migration run that dies or is stopped half way', () => {
  let reference: ScratchDatabase;
  let database: ScratchDatabase;
  let connection: Connection;
  let referenceConnection: Connection;
  let tests = 0;

  beforeEach(async () => {
    tests += 1;
    reference = await scratchDatabase(`crashref${tests}`);
    database = await scratchDatabase(`crash${tests}`);
    connection = await database.connect();
    referenceConnection = await reference.connect();
    const logger = new MemoryLogger();
    expect(await runMigrations(reference.config, logger, { migrations: FIXTURE_SETS.reshape })).toBe(MigrateExit.OK);
    // The tables exist before the run under test, so a test can block one of them.
    expect(await runMigrations(database.config, logger, { migrations: FIXTURE_SETS.base })).toBe(MigrateExit.OK);
  });

  afterEach(async () => {
    await connection.end();
    await referenceConnection.end();
    await database.drop();
    await reference.drop();
  });

  /** Server sessions whose current statement starts like `pattern` (a LIKE pattern). */
  const sessionsRunning = async (pattern: string): Promise<number[]> =>
    (await rowsOf<{ id: number }>(connection, 'SELECT ID AS id FROM information_schema.PROCESSLIST WHERE INFO LIKE ?', [pattern])).map((row) => row.id);

  const stepRows = async (step: number): Promise<string[]> =>
    (await journalOf(connection)).filter((row) => row.migration === RESHAPE && row.step_no === step).map((row) => row.status);

  it('killed with SIGKILL while a step waits for a metadata lock: the rerun skips the done step and converges', async () => {
    const blocker = await holdMetadataLock(database, 'gadgets');
    const killed = startFixtureRunner('reshape', PATIENT_RETRIES, database.url);
    await killed.waitForLog('step 2 retrying', retrying(2));
    killed.kill('SIGKILL');
    expect(await killed.exited).toEqual({ code: null, signal: 'SIGKILL' });
    // MySQL notices a dead client only when it answers it: the killed run's ALTER goes on
    // waiting until its 1 s lock wait ends. Free the table after that, so that this test
    // is about a step that did not run.
    await eventually('the killed run has no ALTER waiting any more', async () => (await sessionsRunning('ALTER TABLE gadgets%')).length === 0);
    await blocker.release();

    expect(await stepRows(1)).toEqual(['done']);
    expect(await stepRows(2)).toEqual(['running']);
    expect(await columnExists(connection, 'gadgets', 'size')).toBe(false);

    const rerun = startFixtureRunner('reshape', RERUN, database.url);
    expect((await rerun.exited).code).toBe(MigrateExit.OK);
    expect(rerun.logs().filter((entry) => entry.message === 'step done in an earlier run, skipped').map((entry) => entry['step'])).toEqual([1]);
    expect(await stepRows(1)).toEqual(['done']);
    expect(await stepRows(2)).toEqual(['running', 'done']);
    expect(await schemaOf(connection)).toEqual(await schemaOf(referenceConnection));
    expect(await appliedMigrations(connection)).toEqual(await appliedMigrations(referenceConnection));
  });

  it('killed with SIGKILL after a DDL ran but before the journal recorded it: the postcondition finds it applied', async () => {
    const blocker = await holdMetadataLock(database, 'widgets');
    const killed = startFixtureRunner('reshape', PATIENT_RETRIES, database.url);
    await killed.waitForLog('step 1 retrying', retrying(1));
    // Hold the journal row of step 1, so that once its DDL succeeds the runner hangs
    // on recording it: the one moment a crash leaves a step applied but not journaled.
    const journalHolder = await database.connect();
    await journalHolder.query('START TRANSACTION');
    await journalHolder.query('SELECT id FROM schema_migration_steps WHERE migration = ? AND step_no = 1 FOR UPDATE', [RESHAPE]);
    await blocker.release();
    await eventually(
      'step 1 has run and the runner waits to journal it',
      async () => (await sessionsRunning('UPDATE schema_migration_steps%')).length > 0 && (await columnExists(connection, 'widgets', 'colour')),
    );
    killed.kill('SIGKILL');
    expect(await killed.exited).toEqual({ code: null, signal: 'SIGKILL' });
    // Left alone, the server would still finish the killed run's UPDATE once the row is
    // free (it notices a dead client only when it answers it). Ending that session is the
    // crash where the connection dies too: a network cut or a writer failover.
    for (const id of await sessionsRunning('UPDATE schema_migration_steps%')) {
      await connection.query('KILL ?', [id]);
    }
    await journalHolder.query('ROLLBACK');
    await journalHolder.end();

    expect(await stepRows(1)).toEqual(['running']);
    const rerun = startFixtureRunner('reshape', RERUN, database.url);
    expect((await rerun.exited).code).toBe(MigrateExit.OK);
    expect(rerun.logs().filter((entry) => entry.message === 'step already applied, skipped').map((entry) => entry['step'])).toEqual([1]);
    expect(await stepRows(1)).toEqual(['running', 'already-applied']);
    expect(await schemaOf(connection)).toEqual(await schemaOf(referenceConnection));
  });

  it('stopped with SIGTERM between steps: exits INTERRUPTED having journaled it, and the rerun resumes cleanly', async () => {
    const blocker = await holdMetadataLock(database, 'gadgets');
    const stopped = startFixtureRunner('reshape', PATIENT_RETRIES, database.url);
    await stopped.waitForLog('step 2 retrying', retrying(2));
    stopped.kill('SIGTERM');
    expect((await stopped.exited).code).toBe(MigrateExit.INTERRUPTED);
    await blocker.release();

    const messages = stopped.logs().map((entry) => entry.message);
    expect(messages).toContain('stop requested: finishing the current step, then stopping');
    expect(stopped.logs().find((entry) => entry['outcome'] === 'INTERRUPTED')?.message).toBe(
      `stop requested: step 2 of ${RESHAPE} did not run; rerun to resume`,
    );
    expect(await stepRows(1)).toEqual(['done']);
    expect(await stepRows(2)).toEqual(['interrupted']);
    expect(await stepRows(3)).toEqual([]);
    expect(await appliedMigrations(connection)).toEqual(['CreateWidgets1795400000000']);

    const rerun = startFixtureRunner('reshape', RERUN, database.url);
    expect((await rerun.exited).code).toBe(MigrateExit.OK);
    expect(await stepRows(1)).toEqual(['done']);
    expect(await stepRows(2)).toEqual(['interrupted', 'done']);
    expect(await schemaOf(connection)).toEqual(await schemaOf(referenceConnection));
  });
});
