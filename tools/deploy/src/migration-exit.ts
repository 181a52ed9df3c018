/**
 * What the migration task's exit code means to a deploy. The numbers are the contract with
 * apps/pms-api/src/migrate.ts (MigrateExit): keep both lists in step. The deploy only ever
 * proceeds on `ok`; the others fail it before any service is touched.
 */
export const MIGRATION_OUTCOMES = {
  0: { name: 'ok', retryable: false, meaning: 'every pending expand migration applied (or none pending)' },
  1: { name: 'failed', retryable: false, meaning: 'a migration threw; its statement and error are in the task log' },
  2: { name: 'config-invalid', retryable: false, meaning: 'the task environment is missing or has a bad variable' },
  3: { name: 'lock-busy', retryable: true, meaning: 'another migration run holds the schema lock' },
  4: { name: 'refused', retryable: false, meaning: 'the runner refused the batch (unphased or contract migration in an expand run)' },
  5: { name: 'lock-retries-exhausted', retryable: true, meaning: 'DDL kept timing out on metadata locks (lock_wait_timeout) and gave up' },
  6: { name: 'drift', retryable: false, meaning: 'the live schema differs from what the recorded migrations produce' },
  7: { name: 'interrupted', retryable: true, meaning: 'the task was stopped mid-run (SIGTERM); rerunning resumes safely' },
} as const;

export type MigrationOutcomeName = (typeof MIGRATION_OUTCOMES)[keyof typeof MIGRATION_OUTCOMES]['name'] | 'unknown-exit-code' | 'no-exit-code';

export interface MigrationOutcome {
  readonly name: MigrationOutcomeName;
  readonly exitCode: number | undefined;
  readonly retryable: boolean;
  readonly meaning: string;
}

/** Names an exit code; a container that never exited (failed to start, killed) has none. */
export function migrationOutcome(exitCode: number | undefined, stoppedReason?: string): MigrationOutcome {
  if (exitCode === undefined) {
    return { name: 'no-exit-code', exitCode, retryable: true, meaning: `the migration container never ran to an exit: ${stoppedReason ?? 'no reason given'}` };
  }
  const known = (MIGRATION_OUTCOMES as Record<number, (typeof MIGRATION_OUTCOMES)[0 | 1 | 2 | 3 | 4 | 5 | 6 | 7] | undefined>)[exitCode];
  if (!known) {
    return { name: 'unknown-exit-code', exitCode, retryable: false, meaning: `exit code ${exitCode} is not one migrate.js defines` };
  }
  return { name: known.name, exitCode, retryable: known.retryable, meaning: known.meaning };
}
