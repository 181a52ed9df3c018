import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { migrationNames, migrationSource, nextTimestamp, parseTimestamp, registerInIndex, validateName } from './new-migration.ts';
import type { MigrationPhase } from './new-migration.ts';

const WORKSPACE_ROOT = resolve(import.meta.dirname, '../../..');

const USAGE = `usage: npm run migration:new -- --phase expand|contract --name <what-it-does> [--timestamp N] [--migrations DIR]

Creates apps/pms-api/src/database/migrations/<timestamp>-<name>.ts with its phase, name and
timestamp, and lists it in migrations/index.ts. Then write up() and down() (docs/migrations.md).

  --phase expand|contract  expand: additive, before the new code; contract: drops what a
                           deployed release stopped using
  --name add-x             kebab-case, says what it does (becomes the file and class name)
  --timestamp N            13 digits (default: now, after every existing migration)
  --migrations DIR         migrations folder (default apps/pms-api/src/database/migrations)`;

interface Options {
  readonly phase: MigrationPhase;
  readonly name: string;
  readonly timestamp: number | undefined;
  readonly migrationsDir: string;
}

function parseOptions(argv: readonly string[]): Options | 'help' {
  const values = new Map<string, string>();
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index] ?? '';
    if (arg === '-h' || arg === '--help') {
      return 'help';
    }
    const [flag = '', inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    if (!['--phase', '--name', '--timestamp', '--migrations'].includes(flag)) {
      throw new Error(`unknown argument ${arg}`);
    }
    const value = inline ?? argv[++index];
    if (value === undefined || value === '') {
      throw new Error(`${flag} needs a value`);
    }
    values.set(flag, value);
  }
  const phase = values.get('--phase');
  if (phase !== 'expand' && phase !== 'contract') {
    throw new Error(`--phase must be expand or contract${phase === undefined ? '' : `, got ${phase}`}`);
  }
  const name = values.get('--name') ?? '';
  const nameProblem = validateName(name);
  if (nameProblem) {
    throw new Error(nameProblem);
  }
  const timestampArg = values.get('--timestamp');
  const timestamp = timestampArg === undefined ? undefined : parseTimestamp(timestampArg);
  if (timestampArg !== undefined && timestamp === undefined) {
    throw new Error(`--timestamp must be 13 digits (milliseconds since 1970), got ${timestampArg}`);
  }
  const migrationsDir = resolve(process.cwd(), values.get('--migrations') ?? resolve(WORKSPACE_ROOT, 'apps/pms-api/src/database/migrations'));
  if (!existsSync(resolve(migrationsDir, 'index.ts'))) {
    throw new Error(`no migrations/index.ts in ${migrationsDir}`);
  }
  return { phase, name, timestamp, migrationsDir };
}

function createMigration(options: Options): string {
  const existing = readdirSync(options.migrationsDir).flatMap((file) => {
    const match = /^(\d{13})-[\w-]+\.ts$/.exec(file);
    return match ? [Number(match[1])] : [];
  });
  const timestamp = options.timestamp ?? nextTimestamp(existing, Date.now());
  if (existing.includes(timestamp)) {
    throw new Error(`a migration with timestamp ${timestamp} exists already`);
  }
  const names = migrationNames(options.name, timestamp);
  const indexFile = resolve(options.migrationsDir, 'index.ts');
  // Edit the index in memory first: a refused edit leaves no half-created migration.
  const index = registerInIndex(readFileSync(indexFile, 'utf8'), names, timestamp);
  const file = resolve(options.migrationsDir, `${names.fileBase}.ts`);
  writeFileSync(file, migrationSource(names, options.phase), { flag: 'wx' });
  writeFileSync(indexFile, index);
  return file;
}

function main(argv: readonly string[]): number {
  try {
    const options = parseOptions(argv);
    if (options === 'help') {
      console.log(USAGE);
      return 0;
    }
    const file = createMigration(options);
    console.log(`created ${relative(process.cwd(), file)} (${options.phase}), listed in migrations/index.ts: write up() and down(), then npm run lint:migrations`);
    return 0;
  } catch (error) {
    console.error(`migration:new: ${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
    return 2;
  }
}

process.exitCode = main(process.argv.slice(2));
