// What loading and running a migration produced: plain data, so the rules can be tested
// with hand-written recordings and never need to import TypeScript at test time.

/** How the recording runner answered idempotency guards (information_schema lookups). */
export type GuardAnswer = 'absent' | 'present';

export interface RecordedCall {
  /** `query`, or the QueryRunner helper that was called instead (addColumn, ...). */
  readonly method: string;
  /** The SQL of a query() call; undefined when it was not a string. */
  readonly sql: string | undefined;
  readonly params: readonly unknown[];
  /** Line of the call in the migration file. */
  readonly line: number;
  /** Under which guard answers up() made this call; both means it is unconditional. */
  readonly answers: readonly GuardAnswer[];
  /** Names the metadata probes made before this call asked about (parameters and literals). */
  readonly probedNames: readonly string[];
}

export interface RecordedMigration {
  readonly file: string;
  readonly source: string;
  /** Exported classes with an up() method. */
  readonly classNames: readonly string[];
  readonly name: unknown;
  readonly phase: unknown;
  readonly transaction: unknown;
  readonly hasDown: boolean;
  readonly calls: readonly RecordedCall[];
  /** Why the migration could not be loaded or its up() did not complete. */
  readonly failure: { readonly message: string; readonly line: number } | undefined;
}

/** The `MIGRATIONS` array of migrations/index.ts, resolved to migration files. */
export interface MigrationIndex {
  readonly file: string;
  readonly source: string;
  /** Per entry, the migration file whose class it is; undefined for anything else. */
  readonly entries: readonly (string | undefined)[];
  readonly failure: string | undefined;
}
