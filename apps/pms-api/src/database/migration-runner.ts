import type { LoggerService } from '@nestjs/common';
import type { MigrationConfig } from '../config/app-config';
import { credentialsFromUrl } from './connection-url';
import type { MigrationPhase } from './migration-phase';
import { MIGRATIONS } from './migrations';
import { applyMigration } from './runner/apply-migration';
import { DATABASE_USER_NAMES, keepDatabaseUsersInStep } from './runner/database-users';
import type { DatabaseUserNames } from './runner/database-users';
import { printPlan } from './runner/dry-run';
import { MigrateExit, MigrationRunError } from './runner/exit-codes';
import type { RetryPolicy } from './runner/lock-retry';
import { MigrationLock, migrationLockName } from './runner/migration-lock';
import { bootstrapJournal, MigrationJournal, readAppliedState } from './runner/migration-journal';
import type { AppliedState } from './runner/migration-journal';
import { planMigration } from './runner/migration-plan';
import { RUN_DEFAULTS } from './runner/run-defaults';
import type { MigrationClass, MigrationPlan } from './runner/migration-plan';
import { openWriterSession } from './runner/writer-session';
import type { WriterSession } from './runner/writer-session';

export { MigrateExit } from './runner/exit-codes';

export interface MigrationRunOptions {
  /** In order; the API's own list unless a test injects another. */
  readonly migrations: readonly MigrationClass[];
  /** Only this phase's pending migrations; both (in list order) when undefined. */
  readonly phase: MigrationPhase | undefined;
  readonly dryRun: boolean;
  /** How long to wait for another run's lock before LOCK_BUSY. */
  readonly lockWaitSeconds: number;
  /** lock_wait_timeout of the DDL session: one attempt's metadata-lock wait. */
  readonly ddlLockWaitSeconds: number;
  readonly retry: RetryPolicy;
  readonly keepaliveMs: number;
  /** Aborted on SIGTERM/SIGINT: the run stops between two steps. */
  readonly signal: AbortSignal | undefined;
  /** The users ProxySQL logs in as, kept in step when their passwords are set; tests use names of their own. */
  readonly databaseUserNames: DatabaseUserNames;
}

export const DEFAULT_RUN_OPTIONS: Omit<MigrationRunOptions, 'migrations' | 'signal'> = {
  phase: undefined,
  dryRun: false,
  lockWaitSeconds: RUN_DEFAULTS.lockWaitSeconds,
  ddlLockWaitSeconds: RUN_DEFAULTS.ddlLockWaitSeconds,
  retry: { maxAttempts: RUN_DEFAULTS.maxAttempts, baseDelayMs: RUN_DEFAULTS.retryBaseMs, maxDelayMs: RUN_DEFAULTS.retryMaxMs },
  keepaliveMs: RUN_DEFAULTS.keepaliveMs,
  databaseUserNames: DATABASE_USER_NAMES,
};

async function planAll(migrations: readonly MigrationClass[]): Promise<MigrationPlan[]> {
  const plans: MigrationPlan[] = [];
  for (const Migration of migrations) {
    plans.push(await planMigration(Migration));
  }
  const names = plans.map((plan) => plan.name);
  const duplicates = names.filter((name, index) => names.indexOf(name) !== index);
  if (duplicates.length > 0) {
    throw new MigrationRunError('REFUSED', 'two migrations share a name', { migrations: [...new Set(duplicates)] });
  }
  // A migration without a phase or a timestamp is malformed whether or not it is pending.
  const malformed = plans.filter((plan) => plan.phase === undefined || Number.isNaN(plan.timestamp));
  if (malformed.length > 0) {
    throw new MigrationRunError('REFUSED', 'every migration must declare phase expand or contract and end its name with a timestamp', {
      migrations: malformed.map((plan) => plan.name),
      refusals: malformed.map((plan) => plan.refusals[0]),
    });
  }
  return plans;
}

/** Refuses a run when an applied migration was edited since; hashes those applied before checksums existed. */
async function checkApplied(plans: readonly MigrationPlan[], state: AppliedState, journal: MigrationJournal | undefined, logger: LoggerService): Promise<void> {
  const applied = plans.filter((plan) => state.applied.has(plan.name));
  const edited = applied.filter((plan) => state.checksums.has(plan.name) && state.checksums.get(plan.name) !== plan.checksum);
  if (edited.length > 0) {
    throw new MigrationRunError('DRIFT', 'applied migrations were edited since they ran: add a new migration instead of editing an applied one', {
      migrations: edited.map((plan) => ({ migration: plan.name, recorded: state.checksums.get(plan.name), now: plan.checksum })),
      // A migration still being written was applied to a scratch database, then edited.
      hint: 'on a development or test database only: drop the database (or npm run stack:reset) and migrate again',
    });
  }
  const unhashed = applied.filter((plan) => !state.checksums.has(plan.name));
  for (const plan of unhashed) {
    await journal?.recordChecksum(plan, 'adopted');
  }
  if (unhashed.length > 0 && journal) {
    logger.log({ message: 'recorded checksums of migrations applied before checksums existed', migrations: unhashed.map((plan) => plan.name) });
  }
  const known = new Set(plans.map((plan) => plan.name));
  const unknown = [...state.applied].filter((name) => !known.has(name));
  if (unknown.length > 0) {
    logger.log({ message: 'applied migrations this release does not know (a newer release ran them)', migrations: unknown });
  }
}

function pendingOf(plans: readonly MigrationPlan[], state: AppliedState, phase: MigrationPhase | undefined, logger: LoggerService): MigrationPlan[] {
  const pending = plans.filter((plan) => !state.applied.has(plan.name) && (phase === undefined || plan.phase === phase));
  const newestApplied = Math.max(0, ...plans.filter((plan) => state.applied.has(plan.name)).map((plan) => plan.timestamp));
  const late = pending.filter((plan) => plan.timestamp < newestApplied);
  if (late.length > 0) {
    logger.warn({ message: 'pending migrations are older than the newest applied one: running them in list order', migrations: late.map((plan) => plan.name) });
  }
  const refused = pending.filter((plan) => plan.refusals.length > 0);
  if (refused.length > 0) {
    throw new MigrationRunError('REFUSED', 'the gate refused pending migrations; nothing ran', {
      migrations: refused.map((plan) => ({ migration: plan.name, refusals: plan.refusals })),
    });
  }
  return pending;
}

async function takeLock(lockSession: WriterSession, database: string, settings: MigrationRunOptions, logger: LoggerService): Promise<MigrationLock> {
  const name = migrationLockName(database);
  const acquired = await MigrationLock.acquire(lockSession, name, {
    waitSeconds: settings.lockWaitSeconds,
    signal: settings.signal,
    onWait: (holderConnectionId) =>
      logger.log({ message: 'waiting for the migration lock', lock: name, holderConnectionId, waitSeconds: settings.lockWaitSeconds }),
  });
  if ('busy' in acquired) {
    throw new MigrationRunError('LOCK_BUSY', 'another migration run holds the lock', {
      lock: name,
      holderConnectionId: acquired.holderConnectionId,
      waitedSeconds: settings.lockWaitSeconds,
    });
  }
  acquired.startKeepalive(settings.keepaliveMs);
  return acquired;
}

async function run(config: MigrationConfig, logger: LoggerService, settings: MigrationRunOptions): Promise<void> {
  const plans = await planAll(settings.migrations);
  const database = credentialsFromUrl(config.PD_DB_PRIMARY_URL).database;
  const session = await openWriterSession(config.PD_DB_PRIMARY_URL);
  let lockSession: WriterSession | undefined;
  let lock: MigrationLock | undefined;
  try {
    // Every statement of this session, bookkeeping included, waits for a metadata lock
    // only this long: nothing the runner sends may queue traffic for longer.
    await session.raw('SET SESSION lock_wait_timeout = ?', [settings.ddlLockWaitSeconds]);
    let journal: MigrationJournal | undefined;
    if (!settings.dryRun) {
      lockSession = await openWriterSession(config.PD_DB_PRIMARY_URL);
      lock = await takeLock(lockSession, database, settings, logger);
      // Under the lock (two runs would race on CREATE USER) and before the migrations.
      await keepDatabaseUsersInStep(session, config, settings.databaseUserNames, database, logger, false);
      // Under the lock: two first runs must not race to create the journal.
      await bootstrapJournal(session);
      journal = new MigrationJournal(session, config.PD_RELEASE);
    }
    const state = await readAppliedState(session);
    await checkApplied(plans, state, journal, logger);
    const pending = pendingOf(plans, state, settings.phase, logger);
    logger.log({
      message: settings.dryRun ? 'dry run' : 'migration run',
      phase: settings.phase ?? 'all',
      release: config.PD_RELEASE,
      runId: journal?.runId ?? null,
      pending: pending.map((plan) => plan.name),
    });
    if (!journal || !lock) {
      await keepDatabaseUsersInStep(session, config, settings.databaseUserNames, database, logger, true);
      await printPlan(session, pending, logger);
      return;
    }
    const context = { session, lock, journal, logger, retry: settings.retry, signal: settings.signal };
    for (const plan of pending) {
      if (settings.signal?.aborted) {
        throw new MigrationRunError('INTERRUPTED', `stop requested: stopped before ${plan.name}; rerun to resume`, { migration: plan.name });
      }
      await applyMigration(plan, context);
    }
    logger.log({ message: 'migrations done', phase: settings.phase ?? 'all', applied: pending.map((plan) => plan.name) });
  } finally {
    await lock?.release();
    await lockSession?.close();
    await session.close();
  }
}

/**
 * Runs the pending migrations on the writer: single flight under a named lock, every
 * statement checked by the gate first, each step journaled and retried on metadata-lock
 * timeouts, resumable after a crash. Returns the process exit code (docs/migrations.md).
 */
export async function runMigrations(config: MigrationConfig, logger: LoggerService, options: Partial<MigrationRunOptions> = {}): Promise<MigrateExit> {
  const settings: MigrationRunOptions = { ...DEFAULT_RUN_OPTIONS, migrations: MIGRATIONS, signal: undefined, ...options };
  try {
    await run(config, logger, settings);
    return MigrateExit.OK;
  } catch (error) {
    if (!(error instanceof MigrationRunError)) {
      throw error;
    }
    const entry = { message: error.message, outcome: error.outcome, exitCode: MigrateExit[error.outcome], ...error.details };
    if (error.outcome === 'LOCK_BUSY' || error.outcome === 'INTERRUPTED') {
      logger.warn(entry);
    } else {
      logger.error(entry);
    }
    return MigrateExit[error.outcome];
  }
}
