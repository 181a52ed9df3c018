// Pure parts of the migration generator: names, the file's text, and the edit that lists
// the new migration in migrations/index.ts. The CLI (cli.ts) does the file system.

export type MigrationPhase = 'expand' | 'contract';

export interface MigrationNames {
  /** e.g. AddReservationNotes1795400000000: the class, and the name TypeORM records. */
  readonly className: string;
  /** e.g. 1795400000000-add-reservation-notes (the file without .ts; the import path). */
  readonly fileBase: string;
}

/** A name says what the migration does: a verb and what it acts on, kebab-case. */
const KEBAB_NAME = /^[a-z][a-z0-9]*(-[a-z0-9]+)+$/;
const TIMESTAMP = /^\d{13}$/;

export function validateName(name: string): string | undefined {
  return KEBAB_NAME.test(name)
    ? undefined
    : `--name must be kebab-case words saying what the migration does (e.g. add-reservation-notes), got "${name}"`;
}

export function migrationNames(name: string, timestamp: number): MigrationNames {
  const pascal = name
    .split('-')
    .map((word) => `${word.charAt(0).toUpperCase()}${word.slice(1)}`)
    .join('');
  return { className: `${pascal}${timestamp}`, fileBase: `${timestamp}-${name}` };
}

/**
 * Now, unless an existing migration is already at or past now (timestamps are ordering
 * keys: a new migration must sort after every existing one).
 */
export function nextTimestamp(existing: readonly number[], now: number): number {
  return Math.max(now, ...existing.map((timestamp) => timestamp + 1));
}

export function parseTimestamp(value: string): number | undefined {
  return TIMESTAMP.test(value) ? Number(value) : undefined;
}

const EXAMPLES: Record<MigrationPhase, string> = {
  expand: `    // Additive and backward compatible: release N-1 runs against the result. One
    // statement per query() call, guarded so that a rerun skips it, with the online
    // algorithm asserted (docs/migrations.md), for example:
    //   if (!(await columnExists(queryRunner, 'reservations', 'notes'))) {
    //     await queryRunner.query('ALTER TABLE reservations ADD COLUMN notes VARCHAR(500) NULL, ALGORITHM=INSTANT');
    //   }
    // (columnExists, indexExists: ../migration-guards)`,
  contract: `    // Removes only what the code live in production no longer uses: each dropped table,
    // column or index must be in a deployed deprecation manifest
    // (src/database/deprecations/<release>.json). One guarded statement per call, e.g.:
    //   if (await columnExists(queryRunner, 'reservations', 'legacy_notes')) {
    //     await queryRunner.query('ALTER TABLE reservations DROP COLUMN legacy_notes, ALGORITHM=INPLACE, LOCK=NONE');
    //   }
    // (columnExists, indexExists: ../migration-guards)`,
};

/** The new migration file. up() and down() are left for the author (lint flags them empty). */
export function migrationSource(names: MigrationNames, phase: MigrationPhase): string {
  return `import type { QueryRunner } from 'typeorm';
import type { PhasedMigration } from '../migration-phase';

/** What this changes and why, in a sentence. ${phase === 'expand' ? 'Expand' : 'Contract'}. */
export class ${names.className} implements PhasedMigration {
  readonly name = '${names.className}';
  readonly phase = '${phase}';

  async up(queryRunner: QueryRunner): Promise<void> {
${EXAMPLES[phase]}
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // The reverse of up(), for a developer's database; production only rolls forward.
  }
}
`;
}

const timestampOf = (line: string): number => Number(/(\d{13})/.exec(line)?.[1] ?? Number.NaN);

/** Inserts `line` before the first of `lines[from..to)` with a later timestamp, else at `to`. */
function insertInOrder(lines: string[], from: number, to: number, line: string, timestamp: number): void {
  let at = to;
  for (let index = from; index < to; index += 1) {
    if (timestampOf(lines[index] ?? '') > timestamp) {
      at = index;
      break;
    }
  }
  lines.splice(at, 0, line);
}

/** migrations/index.ts with the new migration imported and listed in MIGRATIONS, in timestamp order. */
export function registerInIndex(indexSource: string, names: MigrationNames, timestamp: number): string {
  const lines = indexSource.split('\n');
  const imports = lines.flatMap((line, index) => (/^import \{ \w+ \} from '\.\/\d{13}-[\w-]+';$/.test(line) ? [index] : []));
  const listStart = lines.findIndex((line) => line.startsWith('export const MIGRATIONS'));
  const listEnd = lines.findIndex((line, index) => index > listStart && line.startsWith('];'));
  if (imports.length === 0 || listStart < 0 || listEnd < 0) {
    throw new Error('migrations/index.ts does not have the expected shape (one import per migration, then export const MIGRATIONS = [ ... ];)');
  }
  if (lines.some((line) => line.includes(names.className))) {
    throw new Error(`migrations/index.ts already lists ${names.className}`);
  }
  insertInOrder(lines, listStart + 1, listEnd, `  ${names.className},`, timestamp);
  const firstImport = imports[0] ?? 0;
  const lastImport = imports[imports.length - 1] ?? 0;
  insertInOrder(lines, firstImport, lastImport + 1, `import { ${names.className} } from './${names.fileBase}';`, timestamp);
  return lines.join('\n');
}
