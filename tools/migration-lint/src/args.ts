import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { DEFAULT_TARGET_MYSQL, parseMysqlVersion } from './sql/mysql-version.ts';
import type { MysqlVersion } from './sql/mysql-version.ts';

export interface LintOptions {
  readonly migrationsDir: string;
  readonly deprecationsDir: string;
  readonly dataSourceFile: string | undefined;
  readonly target: MysqlVersion;
  readonly format: 'text' | 'json';
}

export type ParsedArgs =
  | { readonly kind: 'help' }
  | { readonly kind: 'list-rules' }
  | { readonly kind: 'lint'; readonly options: LintOptions };

export const USAGE = `usage: node tools/migration-lint/src/cli.ts [options]   (npx nx lint-migrations migration-lint)

Checks the API's migrations for zero-downtime safety: loads each migration, runs its up()
against a recording QueryRunner, parses every statement with a MySQL 8 grammar and checks
it against the expand/contract rules. Prints "file:line rule message"; exits 1 on any
finding that no reviewed override accepts.

options:
  --migrations DIR      migration folder (default apps/pms-api/src/database/migrations)
  --deprecations DIR    deprecation manifests, <release>.json (default apps/pms-api/src/database/deprecations)
  --data-source FILE    TypeORM data source options to check (default apps/pms-api/src/database/data-source-options.ts
                        when it exists; "none" skips the check)
  --target-mysql X.Y.Z  production MySQL version (default ${DEFAULT_TARGET_MYSQL}, Aurora MySQL 3.04)
  --format text|json    output format (default text)
  --list-rules          print every rule id and what it checks
  -h, --help            this text`;

const DEFAULTS = {
  migrations: 'apps/pms-api/src/database/migrations',
  deprecations: 'apps/pms-api/src/database/deprecations',
  dataSource: 'apps/pms-api/src/database/data-source-options.ts',
};

/** Defaults are relative to the workspace root; paths given on the command line to `cwd`. */
export function parseArgs(argv: readonly string[], cwd: string, workspaceRoot: string): ParsedArgs {
  const values = new Map<string, string>();
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index] ?? '';
    if (arg === '--help' || arg === '-h') {
      return { kind: 'help' };
    }
    if (arg === '--list-rules') {
      return { kind: 'list-rules' };
    }
    const [flag, inline] =
      arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    if (!['--migrations', '--deprecations', '--data-source', '--target-mysql', '--format'].includes(flag)) {
      throw new Error(`unexpected argument: ${arg}`);
    }
    const value = inline ?? argv[index + 1];
    if (inline === undefined) {
      index += 1;
    }
    if (value === undefined || value === '') {
      throw new Error(`${flag} needs a value`);
    }
    values.set(flag, value);
  }
  const target = parseMysqlVersion(values.get('--target-mysql') ?? DEFAULT_TARGET_MYSQL);
  if (!target) {
    throw new Error(`--target-mysql expects a version like 8.0.39, got ${values.get('--target-mysql') ?? ''}`);
  }
  const format = values.get('--format') ?? 'text';
  if (format !== 'text' && format !== 'json') {
    throw new Error(`--format expects text or json, got ${format}`);
  }
  const given = (flag: string): string | undefined => {
    const value = values.get(flag);
    return value === undefined ? undefined : resolve(cwd, value);
  };
  const migrationsDir = given('--migrations') ?? resolve(workspaceRoot, DEFAULTS.migrations);
  if (!existsSync(migrationsDir)) {
    throw new Error(`no migrations folder at ${migrationsDir}`);
  }
  const dataSourceArg = values.get('--data-source');
  let dataSourceFile: string | undefined;
  if (dataSourceArg === 'none') {
    dataSourceFile = undefined;
  } else if (dataSourceArg !== undefined) {
    dataSourceFile = resolve(cwd, dataSourceArg);
    if (!existsSync(dataSourceFile)) {
      throw new Error(`no data source file at ${dataSourceFile}`);
    }
  } else {
    const fallback = resolve(workspaceRoot, DEFAULTS.dataSource);
    dataSourceFile = existsSync(fallback) ? fallback : undefined;
  }
  return {
    kind: 'lint',
    options: {
      migrationsDir,
      deprecationsDir: given('--deprecations') ?? resolve(workspaceRoot, DEFAULTS.deprecations),
      dataSourceFile,
      target,
      format,
    },
  };
}
