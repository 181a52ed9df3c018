import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readManifest } from '../deprecations/manifest.ts';
import type { LoadedManifest } from '../deprecations/manifest.ts';
import type { LintInput } from '../lint.ts';
import type { RecordedMigration } from '../recorded.ts';
import type { MysqlVersion } from '../sql/mysql-version.ts';
import { readMigrationIndex, recordMigration } from './load-migrations.ts';

export interface ProjectPaths {
  readonly migrationsDir: string;
  /** A missing folder means no release has deprecated anything yet. */
  readonly deprecationsDir: string;
  /** undefined: do not check data source options. */
  readonly dataSourceFile: string | undefined;
}

const INDEX_FILE = 'index.ts';

function migrationFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.ts') && name !== INDEX_FILE && !name.endsWith('.spec.ts') && !name.endsWith('.d.ts'))
    .sort()
    .map((name) => join(dir, name));
}

function manifests(dir: string): LoadedManifest[] {
  if (!existsSync(dir)) {
    return [];
  }
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => readManifest(join(dir, name), readFileSync(join(dir, name), 'utf8')));
}

/** Everything the pure lint step needs, read from disk and from running the migrations. */
export async function loadProject(paths: ProjectPaths, target: MysqlVersion): Promise<LintInput> {
  const migrations: RecordedMigration[] = [];
  const classFiles = new Map<unknown, string>();
  // One at a time, in timestamp order: the recordings are independent, but the order of
  // the array is the order the schema model replays them in.
  for (const file of migrationFiles(paths.migrationsDir)) {
    const { recorded, classes } = await recordMigration(file);
    migrations.push(recorded);
    classes.forEach((migrationClass) => classFiles.set(migrationClass, file));
  }
  const indexFile = join(paths.migrationsDir, INDEX_FILE);
  const index = existsSync(indexFile)
    ? await readMigrationIndex(indexFile, classFiles)
    : { file: indexFile, source: '', entries: [], failure: `no ${INDEX_FILE} in the migrations folder` };
  const dataSource = paths.dataSourceFile ? { file: paths.dataSourceFile, source: readFileSync(paths.dataSourceFile, 'utf8') } : undefined;
  return { migrations, index, dataSource, manifests: manifests(paths.deprecationsDir), target };
}
