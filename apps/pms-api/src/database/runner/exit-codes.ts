/**
 * Exit codes of `migrate.js`: the deploy pipeline, the rehearsal and operators tell the
 * outcomes apart by these numbers, so they never change meaning (docs/migrations.md).
 */
export const MigrateExit = {
  OK: 0,
  /** A statement failed for a reason other than a lock wait, or the named lock was lost. */
  FAILED: 1,
  /** Bad environment or command line. */
  CONFIG: 2,
  /** Another run holds the migration lock (after waiting --lock-wait-seconds). */
  LOCK_BUSY: 3,
  /** The gate refused a migration before anything ran (COPY, blocking LOCK, DML, phase...). */
  REFUSED: 4,
  /** A DDL kept timing out on a metadata lock for every allowed attempt. */
  LOCK_RETRIES_EXHAUSTED: 5,
  /** An applied migration was edited, or the schema is neither before nor after a step. */
  DRIFT: 6,
  /** SIGTERM/SIGINT: stopped between two steps; rerun to resume. */
  INTERRUPTED: 7,
} as const;
export type MigrateExit = (typeof MigrateExit)[keyof typeof MigrateExit];
export type MigrateOutcome = keyof typeof MigrateExit;

/** The one error type of the migration runner: its outcome is the process exit code. */
export class MigrationRunError extends Error {
  readonly outcome: Exclude<MigrateOutcome, 'OK'>;
  readonly details: Readonly<Record<string, unknown>>;

  constructor(outcome: Exclude<MigrateOutcome, 'OK'>, message: string, details: Readonly<Record<string, unknown>> = {}) {
    super(message);
    this.name = 'MigrationRunError';
    this.outcome = outcome;
    this.details = details;
  }
}
