import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const WORKSPACE = resolve(import.meta.dirname, '../../..');
const CLI = resolve(import.meta.dirname, 'cli.ts');
const DATABASE = resolve(WORKSPACE, 'apps/pms-api/src/database');

/** A copy of the API's database folder (migrations, index, phase type, guards) to generate into. */
function copyOfDatabaseFolder(): string {
  const root = mkdtempSync(join(tmpdir(), 'pd-migration-new-'));
  const database = join(root, 'database');
  mkdirSync(database);
  cpSync(join(DATABASE, 'migrations'), join(database, 'migrations'), { recursive: true });
  copyFileSync(join(DATABASE, 'migration-phase.ts'), join(database, 'migration-phase.ts'));
  copyFileSync(join(DATABASE, 'migration-guards.ts'), join(database, 'migration-guards.ts'));
  mkdirSync(join(database, 'deprecations'));
  return database;
}

function generate(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm run migration:new', () => {
  let database: string;
  let migrations: string;

  beforeEach(() => {
    database = copyOfDatabaseFolder();
    migrations = join(database, 'migrations');
  });

  afterEach(() => {
    rmSync(dirname(database), { recursive: true, force: true });
  });

  it('creates a migration that the migration linter accepts as listed, phased and named after its file', () => {
    const before = new Set(readdirSync(migrations));
    const result = generate(['--phase', 'expand', '--name', 'add-widget-colour', '--migrations', migrations]);
    expect(result.status).toBe(0);

    const created = readdirSync(migrations).filter((file) => !before.has(file));
    expect(created).toHaveLength(1);
    const [file = ''] = created;
    expect(file).toMatch(/^\d{13}-add-widget-colour\.ts$/);
    const className = `AddWidgetColour${file.slice(0, 13)}`;
    expect(readFileSync(join(migrations, 'index.ts'), 'utf8')).toContain(`  ${className},\n];`);
    expect(result.stdout).toContain('add-widget-colour.ts (expand), listed in migrations/index.ts');

    // The whole linter over the folder with the new migration: structure rules included
    // (phase declared, name matches the file, listed in the index, down() defined).
    const lint = execFileSync(
      process.execPath,
      [
        resolve(WORKSPACE, 'tools/migration-lint/src/cli.ts'),
        '--migrations',
        migrations,
        '--deprecations',
        join(database, 'deprecations'),
        '--data-source',
        'none',
        '--format',
        'json',
      ],
      { encoding: 'utf8' },
    );
    const report = JSON.parse(lint) as { migrations: number; findings: unknown[] };
    expect(report.findings).toEqual([]);
    expect(report.migrations).toBe(readdirSync(migrations).filter((name) => /^\d{13}-.+\.ts$/.test(name)).length);
  });

  it('uses the timestamp it is given, and refuses one that is taken', () => {
    expect(generate(['--phase', 'contract', '--name', 'drop-widget-legacy', '--timestamp', '1899999999999', '--migrations', migrations]).status).toBe(0);
    expect(readdirSync(migrations)).toContain('1899999999999-drop-widget-legacy.ts');

    const again = generate(['--phase', 'expand', '--name', 'add-widget-size', '--timestamp', '1899999999999', '--migrations', migrations]);
    expect(again.status).toBe(2);
    expect(again.stderr).toContain('a migration with timestamp 1899999999999 exists already');
  });

  it.each([
    [['--name', 'add-x'], '--phase must be expand or contract'],
    [['--phase', 'backfill', '--name', 'add-x'], '--phase must be expand or contract, got backfill'],
    [['--phase', 'expand', '--name', 'AddX'], '--name must be kebab-case words'],
    [['--phase', 'expand', '--name', 'add-x', '--timestamp', '12'], '--timestamp must be 13 digits'],
  ])('refuses %j and writes nothing', (args, message) => {
    const before = readdirSync(migrations);
    const result = generate([...args, '--migrations', migrations]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(message);
    expect(readdirSync(migrations)).toEqual(before);
  });
});
