import { DEFAULT_SELECTION } from './previous-tests.ts';
import type { TestSelection } from './previous-tests.ts';
import { WORKING_TREE } from './checkouts.ts';

export const USAGE = `usage:
  node tools/n-minus-one/src/cli.ts --previous <ref> [--release <ref>] [options]
      Applies release N's migrations (expand, then contract) to a fresh database, checks
      that every column release N-1's entities map is still there and every column they
      do not map takes NULL or has a default, and runs release N-1's API tests against it.
  node tools/n-minus-one/src/cli.ts checkout <ref> [--contract-pending] [--build]
      Prints {"ref","commit","dir"} of a worktree of <ref> (built with --build); the
      rehearsal deploys releases from these.

  --previous <ref>       release N-1: a git ref or commit (e.g. the last deployed release tag)
  --release <ref>        release N (default: ${WORKING_TREE}, the workspace's files as they are)
  --contract-pending     what if release N also dropped what its pending deprecation
                         manifests list (the contract step, one release early)?
  --db-prefix <name>     databases <name>_* are this run's (default pitchdesk_n1)
  --spec <file>          a medium spec of release N-1 to run (repeatable; default:
                         ${DEFAULT_SELECTION.files.join(', ')})
  --tests <regex>        which of their tests (default: all but those stopping shared services)
  --all-tests            every test of the chosen specs (a stack of its own, as in CI)
  --keep-database        leave the database for a look afterwards
  --json <file>          also write the result as JSON

exit codes: 0 compatible, 1 not compatible, 2 bad arguments, 3 could not run`;

export interface ProveArgs {
  readonly command: 'prove';
  readonly previous: string;
  readonly release: string;
  readonly contractPending: boolean;
  readonly databasePrefix: string;
  readonly selection: TestSelection;
  readonly keepDatabase: boolean;
  readonly jsonFile: string | undefined;
}

export interface CheckoutArgs {
  readonly command: 'checkout';
  readonly ref: string;
  readonly contractPending: boolean;
  readonly build: boolean;
}

export type ParsedArgs = ProveArgs | CheckoutArgs | { readonly command: 'help' };

export class UsageError extends Error {}

const VALUE_FLAGS = new Set(['--previous', '--release', '--db-prefix', '--spec', '--tests', '--json']);
const SWITCHES = new Set(['--contract-pending', '--all-tests', '--keep-database', '--build']);

/** Throws a UsageError naming the argument at fault. */
export function parseArgs(argv: readonly string[]): ParsedArgs {
  if (argv.includes('--help') || argv.includes('-h')) {
    return { command: 'help' };
  }
  const values = new Map<string, string[]>();
  const switches = new Set<string>();
  const positional: string[] = [];
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index] ?? '';
    if (SWITCHES.has(arg)) {
      switches.add(arg);
    } else if (VALUE_FLAGS.has(arg)) {
      const value = argv[index + 1];
      if (value === undefined || value.startsWith('--')) {
        throw new UsageError(`${arg} needs a value`);
      }
      values.set(arg, [...(values.get(arg) ?? []), value]);
      index += 1;
    } else if (arg.startsWith('-')) {
      throw new UsageError(`unknown option ${arg}`);
    } else {
      positional.push(arg);
    }
  }
  const one = (flag: string): string | undefined => {
    const given = values.get(flag) ?? [];
    if (given.length > 1) {
      throw new UsageError(`${flag} given more than once`);
    }
    return given[0];
  };
  if (positional[0] === 'checkout') {
    const ref = positional[1];
    if (!ref || positional.length > 2 || values.size > 0 || switches.has('--all-tests') || switches.has('--keep-database')) {
      throw new UsageError('checkout takes one <ref> and only --contract-pending and --build');
    }
    return { command: 'checkout', ref, contractPending: switches.has('--contract-pending'), build: switches.has('--build') };
  }
  if (positional.length > 0) {
    throw new UsageError(`unexpected argument ${positional[0]}`);
  }
  if (switches.has('--build')) {
    throw new UsageError('--build belongs to the checkout command');
  }
  const previous = one('--previous');
  if (!previous) {
    throw new UsageError('--previous <ref> is required: the release that runs before this one');
  }
  const databasePrefix = one('--db-prefix') ?? 'pitchdesk_n1';
  if (!/^[a-z][a-z0-9_]{0,40}$/.test(databasePrefix)) {
    throw new UsageError(`--db-prefix must be lower-case letters, digits and _ (at most 41), got ${databasePrefix}`);
  }
  const tests = one('--tests');
  if (tests !== undefined && switches.has('--all-tests')) {
    throw new UsageError('--tests and --all-tests exclude each other');
  }
  if (tests !== undefined) {
    try {
      new RegExp(tests);
    } catch (error) {
      throw new UsageError(`--tests is not a regular expression: ${(error as Error).message}`);
    }
  }
  return {
    command: 'prove',
    previous,
    release: one('--release') ?? WORKING_TREE,
    contractPending: switches.has('--contract-pending'),
    databasePrefix,
    selection: {
      files: values.get('--spec') ?? DEFAULT_SELECTION.files,
      namePattern: switches.has('--all-tests') ? undefined : (tests ?? DEFAULT_SELECTION.namePattern),
    },
    keepDatabase: switches.has('--keep-database'),
    jsonFile: one('--json'),
  };
}
