import { hostname } from 'node:os';
import { randomUUID } from 'node:crypto';
import type { QueryRunner } from 'typeorm';
import { CreateMigrationJournal1795300000900 } from '../migrations/1795300000900-create-migration-journal';
import type { MigrationPlan, PlannedStep } from './migration-plan';
import type { WriterSession } from './writer-session';

export type StepStatus = 'running' | 'done' | 'already-applied' | 'failed' | 'interrupted';

export interface AppliedState {
  /** Names in TypeORM's schema_migrations. */
  readonly applied: ReadonlySet<string>;
  readonly checksums: ReadonlyMap<string, string>;
}

export interface StepOutcome {
  readonly status: Exclude<StepStatus, 'running'>;
  readonly attempts: number;
  readonly lockWaitMs: number;
  readonly durationMs: number;
  readonly error?: string;
}

const BOOKKEEPING_TABLES = ['schema_migrations', 'schema_migration_checksums', 'schema_migration_steps'];

async function existingTables(session: WriterSession): Promise<Set<string>> {
  const rows = await session.rows<{ name: string }>(
    'SELECT TABLE_NAME AS name FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME IN (?, ?, ?)',
    BOOKKEEPING_TABLES,
  );
  return new Set(rows.map((row) => row.name));
}

/** Creates the bookkeeping tables (IF NOT EXISTS) from their reviewed migration. */
export async function bootstrapJournal(session: WriterSession): Promise<void> {
  const shim = { query: (sql: string, params?: unknown[]) => session.raw(sql, params) };
  await new CreateMigrationJournal1795300000900().up(shim as unknown as QueryRunner);
}

/** Empty on a database that never saw a migration (a dry run does not create tables). */
export async function readAppliedState(session: WriterSession): Promise<AppliedState> {
  const tables = await existingTables(session);
  const applied = tables.has('schema_migrations')
    ? (await session.rows<{ name: string }>('SELECT name FROM schema_migrations')).map((row) => row.name)
    : [];
  const checksums = tables.has('schema_migration_checksums')
    ? await session.rows<{ migration: string; checksum: string }>('SELECT migration, checksum FROM schema_migration_checksums')
    : [];
  return { applied: new Set(applied), checksums: new Map(checksums.map((row) => [row.migration, row.checksum])) };
}

/** Reads the journal on a database that may not have it yet (dry run). */
export async function latestStepStatusIfJournaled(session: WriterSession, migration: string, step: PlannedStep): Promise<StepStatus | undefined> {
  return (await existingTables(session)).has('schema_migration_steps') ? latestStepStatus(session, migration, step) : undefined;
}

export async function latestStepStatus(session: WriterSession, migration: string, step: PlannedStep): Promise<StepStatus | undefined> {
  const [row] = await session.rows<{ status: StepStatus }>(
    'SELECT status FROM schema_migration_steps WHERE migration = ? AND step_no = ? AND statement_sha256 = ? ORDER BY id DESC LIMIT 1',
    [migration, step.stepNo, step.sha256],
  );
  return row?.status;
}

/** Writes for one run: every row carries the run's id, release and executor. */
export class MigrationJournal {
  readonly runId = randomUUID();
  private readonly session: WriterSession;
  private readonly release: string;
  private readonly executor = `${hostname()}:${process.pid}`.slice(0, 255);

  constructor(session: WriterSession, release: string) {
    this.session = session;
    this.release = release.slice(0, 128);
  }

  async startStep(plan: MigrationPlan, step: PlannedStep): Promise<number> {
    const result = (await this.session.raw(
      `INSERT INTO schema_migration_steps
         (run_id, migration, step_no, statement_sha256, statement_sql, phase, release_name, ddl_algorithm, ddl_lock, status, executor, started_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'running', ?, UTC_TIMESTAMP(6))`,
      [
        this.runId,
        plan.name,
        step.stepNo,
        step.sha256,
        step.sql,
        plan.phase ?? '',
        this.release,
        step.statement?.algorithm ?? null,
        step.statement?.lock ?? null,
        this.executor,
      ],
    )) as { insertId: number };
    return result.insertId;
  }

  async finishStep(id: number, outcome: StepOutcome): Promise<void> {
    await this.session.raw(
      `UPDATE schema_migration_steps
          SET status = ?, attempts = ?, lock_wait_ms = ?, duration_ms = ?, error = ?, finished_at = UTC_TIMESTAMP(6)
        WHERE id = ?`,
      [outcome.status, outcome.attempts, Math.round(outcome.lockWaitMs), Math.round(outcome.durationMs), outcome.error?.slice(0, 1000) ?? null, id],
    );
  }

  /** A step a rerun found already applied (a run died after the DDL, before journaling it). */
  async recordAlreadyApplied(plan: MigrationPlan, step: PlannedStep): Promise<void> {
    const id = await this.startStep(plan, step);
    await this.finishStep(id, { status: 'already-applied', attempts: 0, lockWaitMs: 0, durationMs: 0 });
  }

  async recordChecksum(plan: MigrationPlan, origin: 'applied' | 'adopted'): Promise<void> {
    await this.session.raw(
      `INSERT INTO schema_migration_checksums (migration, phase, checksum, release_name, origin, recorded_at)
       VALUES (?, ?, ?, ?, ?, UTC_TIMESTAMP(6))`,
      [plan.name, plan.phase ?? '', plan.checksum, this.release, origin],
    );
  }

  /** The migration counts as applied for the runner, and for TypeORM, in one transaction. */
  async recordApplied(plan: MigrationPlan): Promise<void> {
    await this.session.raw('START TRANSACTION');
    try {
      await this.session.raw('INSERT INTO schema_migrations (`timestamp`, name) VALUES (?, ?)', [plan.timestamp, plan.name]);
      await this.recordChecksum(plan, 'applied');
      await this.session.raw('COMMIT');
    } catch (error) {
      await this.session.raw('ROLLBACK').catch(() => undefined);
      throw error;
    }
  }
}
