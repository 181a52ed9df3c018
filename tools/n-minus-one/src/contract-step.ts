import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

// "What if the contract step shipped now?" A release's pending deprecation manifests say
// what its code stopped using; this writes the contract migration that drops those
// elements into the same release (manifests marked deployed, so the linter and the
// runner's gate let it through). The N-1 proof must then fail whenever release N-1 still
// uses them: the reason a contract step waits one release. The rehearsal uses the same
// step as the release after, where it is safe.

const MIGRATIONS_DIR = 'apps/pms-api/src/database/migrations';
const DEPRECATIONS_DIR = 'apps/pms-api/src/database/deprecations';

export interface PendingManifest {
  readonly file: string;
  readonly release: string;
  readonly tables: readonly { readonly table: string }[];
  readonly columns: readonly { readonly table: string; readonly column: string }[];
  readonly indexes: readonly { readonly table: string; readonly index: string }[];
}

const quote = (identifier: string): string => {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(identifier)) {
    throw new Error(`"${identifier}" is not a plain identifier; refusing to write it into SQL`);
  }
  return identifier;
};

/** The TypeScript of a contract migration dropping every element of `manifests`. */
export function contractMigrationSource(className: string, manifests: readonly PendingManifest[]): string {
  const steps = manifests.flatMap((manifest) => [
    ...manifest.indexes.map(
      ({ table, index }) =>
        `    if (await indexExists(queryRunner, '${quote(table)}', '${quote(index)}')) {\n` +
        `      await queryRunner.query('ALTER TABLE ${table} DROP INDEX ${index}, ALGORITHM=INPLACE, LOCK=NONE');\n    }`,
    ),
    ...manifest.columns.map(
      ({ table, column }) =>
        `    if (await columnExists(queryRunner, '${quote(table)}', '${quote(column)}')) {\n` +
        `      await queryRunner.query('ALTER TABLE ${table} DROP COLUMN ${column}, ALGORITHM=INPLACE, LOCK=NONE');\n    }`,
    ),
    ...manifest.tables.map(({ table }) => `    await queryRunner.query('DROP TABLE IF EXISTS ${quote(table)}');`),
  ]);
  return `import type { QueryRunner } from 'typeorm';
import { columnExists, indexExists } from '../migration-guards';
import type { PhasedMigration } from '../migration-phase';

/** Written by tools/n-minus-one: drops what ${manifests.map((manifest) => manifest.release).join(', ')} stopped using. */
export class ${className} implements PhasedMigration {
  readonly name = '${className}';
  readonly phase = 'contract';

  async up(queryRunner: QueryRunner): Promise<void> {
${steps.join('\n')}
  }

  async down(): Promise<void> {
    // What a contract step dropped cannot come back from here.
  }
}
`;
}

/** migrations/index.ts with one more migration imported and listed last. */
export function registerMigration(indexSource: string, className: string, fileStem: string): string {
  const lines = indexSource.split('\n');
  const lastImport = lines.reduce((last, line, index) => (line.startsWith('import ') ? index : last), -1);
  const listStart = lines.findIndex((line) => line.startsWith('export const MIGRATIONS'));
  const listEnd = lines.findIndex((line, index) => index > listStart && line.startsWith(']'));
  if (lastImport < 0 || listStart < 0 || listEnd < 0) {
    throw new Error('migrations/index.ts does not have the expected shape: imports, then export const MIGRATIONS = [ ... ];');
  }
  lines.splice(listEnd, 0, `  ${className},`);
  lines.splice(lastImport + 1, 0, `import { ${className} } from './${fileStem}';`);
  return lines.join('\n');
}

function pendingManifests(dir: string): PendingManifest[] {
  const folder = join(dir, DEPRECATIONS_DIR);
  let files: string[];
  try {
    files = readdirSync(folder).filter((file) => file.endsWith('.json'));
  } catch {
    return [];
  }
  return files
    .map((file) => ({ file: join(folder, file), json: JSON.parse(readFileSync(join(folder, file), 'utf8')) as Record<string, unknown> }))
    .filter(({ json }) => json['status'] === 'pending')
    .map(({ file, json }) => ({
      file,
      release: String(json['release']),
      tables: (json['tables'] as PendingManifest['tables'] | undefined) ?? [],
      columns: (json['columns'] as PendingManifest['columns'] | undefined) ?? [],
      indexes: (json['indexes'] as PendingManifest['indexes'] | undefined) ?? [],
    }));
}

/**
 * Adds to the checkout in `dir` a contract migration for its pending manifests, registers
 * it, and marks those manifests deployed today. Returns a commit message; throws when no
 * manifest is pending (there would be nothing to contract).
 */
export function addContractStep(dir: string, today: string): string {
  const manifests = pendingManifests(dir);
  if (manifests.length === 0) {
    throw new Error(`no pending manifest in ${DEPRECATIONS_DIR}: nothing for a contract step to drop`);
  }
  const timestamps = readdirSync(join(dir, MIGRATIONS_DIR))
    .map((file) => /^(\d{13})-/.exec(file)?.[1])
    .filter((stamp): stamp is string => stamp !== undefined)
    .map(Number);
  const timestamp = Math.max(...timestamps) + 1;
  const className = `ContractStep${timestamp}`;
  const fileStem = `${timestamp}-contract-step`;
  writeFileSync(join(dir, MIGRATIONS_DIR, `${fileStem}.ts`), contractMigrationSource(className, manifests));
  const indexFile = join(dir, MIGRATIONS_DIR, 'index.ts');
  writeFileSync(indexFile, registerMigration(readFileSync(indexFile, 'utf8'), className, fileStem));
  for (const manifest of manifests) {
    const json = JSON.parse(readFileSync(manifest.file, 'utf8')) as Record<string, unknown>;
    writeFileSync(manifest.file, `${JSON.stringify({ ...json, status: 'deployed', deployedAt: today }, null, 2)}\n`);
  }
  return `contract step of ${manifests.map((manifest) => manifest.release).join(', ')} (${className})`;
}
