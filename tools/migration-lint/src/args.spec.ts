import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseArgs } from './args.ts';

const root = mkdtempSync(join(tmpdir(), 'migration-lint-args-'));
mkdirSync(join(root, 'apps/pms-api/src/database/migrations'), { recursive: true });
writeFileSync(join(root, 'apps/pms-api/src/database/data-source-options.ts'), 'export {};\n');
mkdirSync(join(root, 'elsewhere/migrations'), { recursive: true });
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('parseArgs', () => {
  it('defaults to the API folders under the workspace root, whatever the working directory', () => {
    expect(parseArgs([], '/somewhere/else', root)).toEqual({
      kind: 'lint',
      options: {
        migrationsDir: join(root, 'apps/pms-api/src/database/migrations'),
        deprecationsDir: join(root, 'apps/pms-api/src/database/deprecations'),
        dataSourceFile: join(root, 'apps/pms-api/src/database/data-source-options.ts'),
        target: [8, 0, 28],
        format: 'text',
      },
    });
  });

  it('resolves given paths against the working directory, in both flag forms', () => {
    const parsed = parseArgs(
      ['--migrations', 'elsewhere/migrations', '--deprecations=dep', '--data-source', 'none', '--target-mysql=8.0.39', '--format', 'json'],
      root,
      '/unused',
    );
    expect(parsed).toEqual({
      kind: 'lint',
      options: {
        migrationsDir: join(root, 'elsewhere/migrations'),
        deprecationsDir: join(root, 'dep'),
        dataSourceFile: undefined,
        target: [8, 0, 39],
        format: 'json',
      },
    });
  });

  it.each([
    [['--bogus'], 'unexpected argument: --bogus'],
    [['--migrations'], '--migrations needs a value'],
    [['--target-mysql', '8.0'], '--target-mysql expects a version'],
    [['--format', 'xml'], '--format expects text or json'],
    [['--migrations', 'missing'], 'no migrations folder'],
    [['--data-source', 'missing.ts'], 'no data source file'],
  ])('refuses %j', (argv, message) => {
    expect(() => parseArgs(argv, root, root)).toThrow(message);
  });

  it('answers --help and --list-rules', () => {
    expect(parseArgs(['--help'], root, root)).toEqual({ kind: 'help' });
    expect(parseArgs(['--list-rules'], root, root)).toEqual({ kind: 'list-rules' });
  });
});
