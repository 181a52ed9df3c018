import type { Connection } from 'mysql2/promise';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MigrateExit, runMigrations } from '../../src/database/migration-runner';
import type { MigrationRunOptions } from '../../src/database/migration-runner';
import { migrationLockName } from '../../src/database/runner/migration-lock';
import { FIXTURE_SETS } from './support/migration-runner/fixture-migrations';
import type { FixtureSetName } from './support/migration-runner/fixture-migrations';
import { appliedMigrations, columnExists, journalOf, MemoryLogger, rowsOf, scratchDatabase } from './support/migration-runner/scratch-database';
import type { ScratchDatabase } from './support/migration-runner/scratch-database';

// The runner in process, over fixture migration sets, each test on a database of its own.

describe('the migration runner', () => {
  let database: ScratchDatabase;
  let connection: Connection;
  let logger: MemoryLogger;

  const run = (set: FixtureSetName, options: Partial<MigrationRunOptions> = {}): Promise<MigrateExit> =>
    runMigrations(database.config, logger, { migrations: FIXTURE_SETS[set], ...options });
  const tables = async (): Promise<string[]> =>
    (await rowsOf<{ name: string }>(connection, 'SELECT TABLE_NAME AS name FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() ORDER BY 1')).map(
      (row) => row.name,
    );

  let tests = 0;

  beforeEach(async () => {
    tests += 1;
    database = await scratchDatabase(`basic${tests}`);
    connection = await database.connect();
    logger = new MemoryLogger();
  });

  afterEach(async () => {
    await connection.end();
    await database.drop();
  });

  it('runs every step, journals each with its phase, release, algorithm and timings, and records the migrations applied', async () => {
    expect(await run('reshape')).toBe(MigrateExit.OK);

    expect(await appliedMigrations(connection)).toEqual(['CreateWidgets1795400000000', 'ReshapeCatalogue1795400000010']);
    const journal = await journalOf(connection);
    expect(journal.map((row) => [row.migration, row.step_no, row.status, row.attempts, row.ddl_algorithm, row.ddl_lock])).toEqual([
      ['CreateWidgets1795400000000', 1, 'done', 1, null, null],
      ['CreateWidgets1795400000000', 2, 'done', 1, null, null],
      ['ReshapeCatalogue1795400000010', 1, 'done', 1, 'INSTANT', null],
      ['ReshapeCatalogue1795400000010', 2, 'done', 1, 'INSTANT', null],
      ['ReshapeCatalogue1795400000010', 3, 'done', 1, 'INPLACE', 'NONE'],
      ['ReshapeCatalogue1795400000010', 4, 'done', 1, null, null],
    ]);
    expect(new Set(journal.map((row) => row.run_id)).size).toBe(1);
    expect(journal.every((row) => row.phase === 'expand' && row.release_name === 'fixture-release' && row.finished_at !== null)).toBe(true);
    expect(journal.every((row) => row.duration_ms !== null && row.lock_wait_ms === 0 && /^[0-9a-f]{64}$/.test(row.statement_sha256))).toBe(true);
    const checksums = await rowsOf<{ migration: string; origin: string }>(connection, 'SELECT migration, origin FROM schema_migration_checksums ORDER BY migration');
    expect(checksums).toEqual([
      { migration: 'CreateWidgets1795400000000', origin: 'applied' },
      { migration: 'ReshapeCatalogue1795400000010', origin: 'applied' },
    ]);
  });

  it('does nothing on a second run', async () => {
    expect(await run('reshape')).toBe(MigrateExit.OK);
    const before = await journalOf(connection);
    expect(await run('reshape')).toBe(MigrateExit.OK);
    expect(await journalOf(connection)).toEqual(before);
    expect(logger.entries.filter((entry) => entry.message === 'migration run').map((entry) => entry['pending'])).toEqual([
      ['CreateWidgets1795400000000', 'ReshapeCatalogue1795400000010'],
      [],
    ]);
  });

  it('prints the plan on a dry run, each statement with its algorithm and lock, and changes nothing', async () => {
    expect(await run('reshape', { dryRun: true })).toBe(MigrateExit.OK);

    expect(await tables()).toEqual([]);
    const steps = logger.entries.filter((entry) => entry.message === 'plan: step');
    expect(steps.map((entry) => [entry['migration'], entry['step'], entry['kind'], entry['algorithm'], entry['lock'], entry['state']])).toEqual([
      ['CreateWidgets1795400000000', 1, 'create-table', null, null, 'to run'],
      ['CreateWidgets1795400000000', 2, 'create-table', null, null, 'to run'],
      ['ReshapeCatalogue1795400000010', 1, 'alter-table', 'INSTANT', null, 'to run'],
      ['ReshapeCatalogue1795400000010', 2, 'alter-table', 'INSTANT', null, 'to run'],
      ['ReshapeCatalogue1795400000010', 3, 'alter-table', 'INPLACE', 'NONE', 'to run'],
      ['ReshapeCatalogue1795400000010', 4, 'create-table', null, null, 'to run'],
    ]);
    expect(steps[2]?.['statement']).toBe('ALTER TABLE widgets ADD COLUMN colour VARCHAR(16) NULL, ALGORITHM=INSTANT');
    expect(logger.messages()).toContain('dry run: nothing was executed');
  });

  it('runs only the phase it is asked for', async () => {
    expect(await run('base')).toBe(MigrateExit.OK);

    expect(await run('expand-and-contract', { phase: 'expand' })).toBe(MigrateExit.OK);
    expect(await appliedMigrations(connection)).toEqual(['CreateWidgets1795400000000', 'AddWidgetNote1795400000020']);
    expect(await columnExists(connection, 'widgets', 'legacy_code')).toBe(true);

    expect(await run('expand-and-contract', { phase: 'contract' })).toBe(MigrateExit.OK);
    expect(await appliedMigrations(connection)).toEqual(['CreateWidgets1795400000000', 'AddWidgetNote1795400000020', 'DropWidgetLegacyCode1795400000030']);
    expect(await columnExists(connection, 'widgets', 'legacy_code')).toBe(false);
  });

  it('refuses ALGORITHM=COPY before anything runs, naming the statement and the safe alternative', async () => {
    expect(await run('copy')).toBe(MigrateExit.REFUSED);

    expect(await tables()).not.toContain('widgets');
    expect(await journalOf(connection)).toEqual([]);
    const refusal = logger.entries.find((entry) => entry.message === 'the gate refused pending migrations; nothing ran');
    expect(JSON.stringify(refusal?.['migrations'])).toContain(
      'step 1: ALTER TABLE widgets with ALGORITHM=COPY rebuilds the table while blocking every write: use ALGORITHM=INSTANT, or ALGORITHM=INPLACE, LOCK=NONE',
    );
  });

  it('refuses with DRIFT an applied migration whose statements were edited, and runs none of them', async () => {
    expect(await run('reshape')).toBe(MigrateExit.OK);
    const journal = await journalOf(connection);

    expect(await run('reshape-edited')).toBe(MigrateExit.DRIFT);

    const drift = logger.entries.find((entry) => entry.message.startsWith('applied migrations were edited'));
    expect(drift?.['migrations']).toEqual([{ migration: 'ReshapeCatalogue1795400000010', recorded: expect.any(String), now: expect.any(String) }]);
    expect(await journalOf(connection)).toEqual(journal);
    const [colour] = await rowsOf<{ type: string }>(
      connection,
      "SELECT COLUMN_TYPE AS type FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'widgets' AND COLUMN_NAME = 'colour'",
    );
    expect(colour?.type).toBe('varchar(16)');
  });

  it('adopts migrations applied before checksums existed, and holds them to it afterwards', async () => {
    expect(await run('reshape')).toBe(MigrateExit.OK);
    await connection.query('DELETE FROM schema_migration_checksums');

    expect(await run('reshape')).toBe(MigrateExit.OK);
    const checksums = await rowsOf<{ migration: string; origin: string }>(connection, 'SELECT migration, origin FROM schema_migration_checksums ORDER BY migration');
    expect(checksums).toEqual([
      { migration: 'CreateWidgets1795400000000', origin: 'adopted' },
      { migration: 'ReshapeCatalogue1795400000010', origin: 'adopted' },
    ]);
    expect(await run('reshape-edited')).toBe(MigrateExit.DRIFT);
  });

  it('names the lock after the database, so runs on other databases of the server never wait for it', async () => {
    const other = await scratchDatabase('basic_other');
    const holder = await other.connect();
    try {
      await holder.query('SELECT GET_LOCK(?, 0)', [migrationLockName(other.name)]);
      expect(await runMigrations(other.config, logger, { migrations: FIXTURE_SETS.base })).toBe(MigrateExit.LOCK_BUSY);
      expect(await run('base')).toBe(MigrateExit.OK);
    } finally {
      await holder.end();
      await other.drop();
    }
  });
});
