import type { LoggerService } from '@nestjs/common';
import type { QueryRunner } from 'typeorm';
import { MigrationRunError } from './exit-codes';
import { withLockRetries } from './lock-retry';
import type { RetryPolicy, RetryReport } from './lock-retry';
import type { MigrationLock } from './migration-lock';
import { latestStepStatus } from './migration-journal';
import type { MigrationJournal, StepOutcome } from './migration-journal';
import { statementSha256 } from './migration-plan';
import type { MigrationPlan, PlannedStep } from './migration-plan';
import { invisibleEffects, stepState, unmetRequirements } from './postconditions';
import { isRead } from './sql-statement';
import type { WriterSession } from './writer-session';

export interface ApplyContext {
  readonly session: WriterSession;
  readonly lock: MigrationLock;
  readonly journal: MigrationJournal;
  readonly logger: LoggerService;
  readonly retry: RetryPolicy;
  readonly signal: AbortSignal | undefined;
}

/** SQL on one line for log output. */
export function oneLine(sql: string): string {
  return sql.replace(/\s+/g, ' ').trim();
}

/** The oldest open transactions: the usual metadata-lock blockers, for the operator. */
async function oldestTransactions(session: WriterSession): Promise<unknown[]> {
  try {
    return await session.rows(
      `SELECT t.trx_mysql_thread_id AS thread, TIMESTAMPDIFF(SECOND, t.trx_started, NOW()) AS openSeconds,
              p.USER AS user, p.HOST AS host, p.COMMAND AS command
         FROM information_schema.INNODB_TRX t
         LEFT JOIN information_schema.PROCESSLIST p ON p.ID = t.trx_mysql_thread_id
        WHERE t.trx_mysql_thread_id <> CONNECTION_ID()
        ORDER BY t.trx_started LIMIT 5`,
    );
  } catch {
    return []; // no PROCESS privilege: the retry goes on without the hint
  }
}

function stepFields(plan: MigrationPlan, step: PlannedStep): Record<string, unknown> {
  return {
    migration: plan.name,
    phase: plan.phase,
    step: step.stepNo,
    steps: plan.steps.length,
    algorithm: step.statement?.algorithm ?? null,
    lock: step.statement?.lock ?? null,
    statement: oneLine(step.sql),
  };
}

/** Decides whether a step still has to run; throws DRIFT when the schema is neither side of it. */
async function alreadyDone(plan: MigrationPlan, step: PlannedStep, context: ApplyContext): Promise<boolean> {
  const { session, journal, logger } = context;
  const journaled = await latestStepStatus(session, plan.name, step);
  if (journaled === 'done' || journaled === 'already-applied') {
    logger.log({ message: 'step done in an earlier run, skipped', ...stepFields(plan, step) });
    return true;
  }
  const state = await stepState(session, step.statement);
  if (state === 'applied') {
    await journal.recordAlreadyApplied(plan, step);
    logger.log({ message: 'step already applied, skipped', journaled: journaled ?? null, ...stepFields(plan, step) });
    return true;
  }
  if (state === 'partial') {
    const missing = await invisibleEffects(session, step.statement);
    throw new MigrationRunError('DRIFT', `step ${step.stepNo} of ${plan.name} is partly applied, which no run of this runner leaves behind`, {
      ...stepFields(plan, step),
      notYet: missing,
    });
  }
  const unmet = await unmetRequirements(session, step.statement);
  if (unmet.length > 0) {
    throw new MigrationRunError('DRIFT', `step ${step.stepNo} of ${plan.name} needs ${unmet.join(', ')}, which does not exist`, stepFields(plan, step));
  }
  if (journaled === 'running') {
    logger.warn({ message: 'a previous run stopped during this step and it is not applied: running it again', ...stepFields(plan, step) });
  }
  return false;
}

async function runStep(plan: MigrationPlan, step: PlannedStep, context: ApplyContext): Promise<unknown> {
  const { session, lock, journal, logger, retry, signal } = context;
  if (signal?.aborted) {
    throw new MigrationRunError('INTERRUPTED', `stop requested: stopped before step ${step.stepNo} of ${plan.name}; rerun to resume`, stepFields(plan, step));
  }
  await lock.assertHeld();
  if (await alreadyDone(plan, step, context)) {
    return [];
  }
  const id = await journal.startStep(plan, step);
  const started = performance.now();
  const onRetry = async (report: RetryReport): Promise<void> => {
    logger.warn({
      message: 'step waiting for a metadata lock, retrying',
      ...stepFields(plan, step),
      attempt: report.attempt,
      maxAttempts: retry.maxAttempts,
      waitedMs: Math.round(report.waitedMs),
      retryInMs: report.retryInMs,
      oldestTransactions: await oldestTransactions(session),
    });
  };
  const result = await withLockRetries(() => session.raw(step.sql, step.params), retry, signal, onRetry);
  const finish = (outcome: Omit<StepOutcome, 'attempts' | 'lockWaitMs' | 'durationMs'>): Promise<void> =>
    journal.finishStep(id, { ...outcome, attempts: result.attempts, lockWaitMs: result.lockWaitMs, durationMs: performance.now() - started });
  const details = { ...stepFields(plan, step), attempts: result.attempts, lockWaitMs: Math.round(result.lockWaitMs) };
  if (!result.ok) {
    const error = result.error instanceof Error ? result.error.message : String(result.error);
    switch (result.reason) {
      case 'exhausted':
        await finish({ status: 'failed', error });
        throw new MigrationRunError('LOCK_RETRIES_EXHAUSTED', `step ${step.stepNo} of ${plan.name} kept timing out on a metadata lock`, details);
      case 'interrupted':
        await finish({ status: 'interrupted', error: 'stop requested while retrying' });
        throw new MigrationRunError('INTERRUPTED', `stop requested: step ${step.stepNo} of ${plan.name} did not run; rerun to resume`, details);
      case 'error':
        await finish({ status: 'failed', error });
        throw new MigrationRunError('FAILED', `step ${step.stepNo} of ${plan.name} failed: ${error}`, details);
    }
  }
  const after = await stepState(session, step.statement);
  if (after === 'not-applied' || after === 'partial') {
    const missing = await invisibleEffects(session, step.statement);
    await finish({ status: 'failed', error: `ran, but not visible: ${missing.join(', ')}` });
    throw new MigrationRunError('FAILED', `step ${step.stepNo} of ${plan.name} ran, but its effect is not visible`, { ...details, notVisible: missing });
  }
  await finish({ status: 'done' });
  logger.log({ message: 'step done', ...details, durationMs: Math.round(performance.now() - started) });
  return result.value;
}

/**
 * The QueryRunner a migration's up() gets on a real run: reads (its guards) go straight
 * to the writer, every other statement is a journaled step. Only statements the plan
 * holds may run: the gate checked exactly those.
 */
function executingQueryRunner(plan: MigrationPlan, context: ApplyContext): QueryRunner {
  const sent = new Map<string, number>();
  const query = async (sql: unknown, params?: unknown): Promise<unknown> => {
    const parameters = Array.isArray(params) ? [...(params as unknown[])] : [];
    if (typeof sql !== 'string') {
      throw new MigrationRunError('REFUSED', `${plan.name} called query() with something other than an SQL string`);
    }
    if (isRead(sql)) {
      return context.session.raw(sql, parameters);
    }
    const sha256 = statementSha256(sql, parameters);
    const nth = sent.get(sha256) ?? 0;
    sent.set(sha256, nth + 1);
    const step = plan.steps.filter((candidate) => candidate.sha256 === sha256)[nth];
    if (!step) {
      throw new MigrationRunError('REFUSED', `${plan.name} sent a statement its recorded plan does not hold (SQL built from data belongs in a job)`, {
        statement: oneLine(sql),
      });
    }
    return runStep(plan, step, context);
  };
  return new Proxy(
    {},
    {
      get(_target, property) {
        if (property === 'query') {
          return query;
        }
        if (typeof property === 'symbol' || property === 'then') {
          return undefined;
        }
        throw new MigrationRunError('REFUSED', `${plan.name} uses QueryRunner.${property}: migrations send SQL with queryRunner.query()`);
      },
    },
  ) as QueryRunner;
}

/** Runs one migration's up() step by step, then records it applied. */
export async function applyMigration(plan: MigrationPlan, context: ApplyContext): Promise<void> {
  const started = performance.now();
  context.logger.log({ message: 'migration started', migration: plan.name, phase: plan.phase, steps: plan.steps.length });
  try {
    await new plan.Migration().up(executingQueryRunner(plan, context));
  } catch (error) {
    if (error instanceof MigrationRunError) {
      throw error;
    }
    const message = error instanceof Error ? error.message : String(error);
    throw new MigrationRunError('FAILED', `${plan.name} failed: ${message}`, { migration: plan.name });
  }
  await context.journal.recordApplied(plan);
  context.logger.log({ message: 'migration applied', migration: plan.name, phase: plan.phase, durationMs: Math.round(performance.now() - started) });
}
