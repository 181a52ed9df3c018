import type { LoggerService } from '@nestjs/common';
import { oneLine } from './apply-migration';
import { latestStepStatusIfJournaled } from './migration-journal';
import type { MigrationPlan } from './migration-plan';
import { stepState } from './postconditions';
import type { WriterSession } from './writer-session';

/**
 * Prints what a run would do, one log line per statement with the ALGORITHM/LOCK it
 * asserts, without taking the lock or changing anything. "already applied" comes from
 * information_schema, "done earlier" from the journal of an interrupted run.
 */
export async function printPlan(session: WriterSession, pending: readonly MigrationPlan[], logger: LoggerService): Promise<void> {
  let steps = 0;
  for (const plan of pending) {
    logger.log({ message: 'plan: migration', migration: plan.name, phase: plan.phase, steps: plan.steps.length, checksum: plan.checksum });
    for (const step of plan.steps) {
      steps += 1;
      const journaled = await latestStepStatusIfJournaled(session, plan.name, step);
      const done = journaled === 'done' || journaled === 'already-applied';
      const state = done ? 'done earlier' : (await stepState(session, step.statement)) === 'applied' ? 'already applied' : 'to run';
      logger.log({
        message: 'plan: step',
        migration: plan.name,
        step: step.stepNo,
        kind: step.statement?.kind ?? 'unknown',
        algorithm: step.statement?.algorithm ?? null,
        lock: step.statement?.lock ?? null,
        conditional: step.conditional,
        state,
        statement: oneLine(step.sql),
      });
    }
  }
  logger.log({ message: 'dry run: nothing was executed', migrations: pending.length, steps });
}
