/** What one bench run does; every load is bounded in time or count. */
export interface BenchOptions {
  readonly quick: boolean;
  /** Seconds of load for the timed scenarios (search, hello-world, bookings, raw). */
  readonly durationS: number;
  /** Concurrent connections of the search and hello-world runs. */
  readonly connections: number;
  /** Hold attempts fired at once on one unit-stay. */
  readonly raceAttempts: number;
  /** Concurrent hold+book workers, and raw-transaction workers. */
  readonly workers: number;
  /** PD_DB_POOL_SIZE of the API under test (per server: primary and replica). */
  readonly poolSize: number;
  /** PD_DEMO_YEAR: the season the demo data and every stay of the run fall in. */
  readonly year: number;
  readonly skipBuild: boolean;
  readonly keepDatabase: boolean;
}

export type ParsedArgs = { kind: 'help' } | { kind: 'run'; options: BenchOptions };

export const USAGE = `usage: node tools/bench/src/cli.ts [options]   (npm run bench -- [options])

Benchmarks the booking core against the demo campsite on the local stack: starts the
stack if needed, builds the API, loads the demo data into its own database, starts the
API and a baseline server on 127.0.0.1, measures, stops what it started, prints a table
and saves JSON under .local/bench/. Targets are reported, never asserted.

options:
  --quick            a few seconds per scenario (smoke runs)
  --duration=S       seconds per timed scenario (default 10, quick 2)
  --connections=N    search and hello-world concurrency (default 50)
  --race=N           hold attempts fired at once on one unit-stay (default 1000)
  --workers=N        concurrent hold+book workers and raw-transaction workers (default 16)
  --pool=N           the API's PD_DB_POOL_SIZE (default 32)
  --year=YYYY        PD_DEMO_YEAR (default: next year, so every stay is in the future)
  --skip-build       use dist/apps/pms-api as built
  --keep-db          keep the pitchdesk_bench database afterwards (for inspection)`;

const DEFAULTS = { durationS: 10, quickDurationS: 2, connections: 50, raceAttempts: 1_000, workers: 16, poolSize: 32 };

function integerFlag(name: string, value: string | undefined, min: number, max: number): number {
  const parsed = Number(value);
  if (value === undefined || value === '' || !Number.isInteger(parsed) || parsed < min || parsed > max) {
    throw new Error(`--${name} expects an integer from ${min} to ${max}, got ${value ?? 'nothing'}`);
  }
  return parsed;
}

export function parseArgs(argv: readonly string[], today: Date = new Date()): ParsedArgs {
  const values = new Map<string, string | undefined>();
  for (const arg of argv) {
    if (arg === '--help' || arg === '-h') {
      return { kind: 'help' };
    }
    const match = /^--([a-z-]+)(?:=(.*))?$/.exec(arg);
    if (!match?.[1]) {
      throw new Error(`unexpected argument: ${arg}`);
    }
    values.set(match[1], match[2]);
  }
  const known = ['quick', 'duration', 'connections', 'race', 'workers', 'pool', 'year', 'skip-build', 'keep-db'];
  const unknown = [...values.keys()].filter((name) => !known.includes(name));
  if (unknown.length > 0) {
    throw new Error(`unknown option: ${unknown.map((name) => `--${name}`).join(', ')}`);
  }
  for (const flag of ['quick', 'skip-build', 'keep-db']) {
    if (values.get(flag) !== undefined) {
      throw new Error(`--${flag} takes no value`);
    }
  }
  const quick = values.has('quick');
  const numberOr = (name: string, fallback: number, min: number, max: number): number =>
    values.has(name) ? integerFlag(name, values.get(name), min, max) : fallback;
  const nextYear = today.getUTCFullYear() + 1;
  return {
    kind: 'run',
    options: {
      quick,
      durationS: numberOr('duration', quick ? DEFAULTS.quickDurationS : DEFAULTS.durationS, 1, 300),
      connections: numberOr('connections', DEFAULTS.connections, 1, 1_000),
      raceAttempts: numberOr('race', DEFAULTS.raceAttempts, 2, 5_000),
      workers: numberOr('workers', DEFAULTS.workers, 1, 200),
      poolSize: numberOr('pool', DEFAULTS.poolSize, 1, 200),
      // A past season would refuse every stay; the API accepts 2000-2100.
      year: numberOr('year', nextYear, today.getUTCFullYear(), 2100),
      skipBuild: values.has('skip-build'),
      keepDatabase: values.has('keep-db'),
    },
  };
}
