import { parseRelease } from './plan.ts';
import type { ReleaseSpec } from './plan.ts';

export const USAGE = `usage: node tools/rehearsal/src/cli.ts [--release <ref>[+contract]]... [options]

A rolling deploy of the API on the local stack: two instances of the first release
behind haproxy (127.0.0.1:28140) under a booking-engine load, then each later release:
its expand migrations (with an idle transaction holding the altered table), its
instances replaced one at a time with a graceful drain, its jobs, its contract
migrations. Prints requests sent, failed and p99 for each phase.

  --release <ref>        in deploy order, at least two (default: HEAD, working-tree,
                         working-tree+contract); <ref>+contract is <ref> plus the contract
                         step of its pending deprecation manifests (the release after)
  --job <name>@<n>       run job.js <name> once the n-th release (1-based) runs everywhere
  --rate <n>             requests per second (default 150)
  --workers <n>          concurrent clients (default 16)
  --baseline <s>         seconds of load before the first rollout (default 10)
  --steady <s>           seconds of load after each rollout (default 5)
  --min-requests <n>     keep the load on until this many were sent (default 10000)
  --blocker-table <t>    the table an idle transaction holds during each migration run
                         (default mail_outbox); --no-blocker for none
  --blocker-seconds <s>  how long it holds it (default 6)
  --ses-outage <s>       stop the SES endpoint this long during the baseline, so mails fail
                         and wait for a retry with their error recorded (default 4; 0: none)
  --keep-database        leave the rehearsal database for a look afterwards

exit codes: 0 no request failed and every step succeeded, 1 otherwise, 2 bad arguments,
130 interrupted (Ctrl-C stops everything the rehearsal started first)`;

export interface RehearsalArgs {
  readonly releases: readonly ReleaseSpec[];
  readonly jobs: readonly { readonly after: number; readonly name: string }[];
  readonly ratePerSecond: number;
  readonly workers: number;
  readonly baselineSeconds: number;
  readonly steadySeconds: number;
  readonly minRequests: number;
  readonly blocker: { readonly table: string; readonly seconds: number } | undefined;
  readonly sesOutageSeconds: number;
  readonly keepDatabase: boolean;
}

export class UsageError extends Error {}

const DEFAULT_RELEASES = ['HEAD', 'working-tree', 'working-tree+contract'];
const NUMBERS = {
  '--rate': { min: 1, max: 5_000, fallback: 150 },
  '--workers': { min: 1, max: 512, fallback: 16 },
  '--baseline': { min: 1, max: 3_600, fallback: 10 },
  '--steady': { min: 1, max: 3_600, fallback: 5 },
  '--min-requests': { min: 0, max: 10_000_000, fallback: 10_000 },
  '--blocker-seconds': { min: 1, max: 120, fallback: 6 },
  '--ses-outage': { min: 0, max: 600, fallback: 4 },
} as const;
type NumberFlag = keyof typeof NUMBERS;
const isNumberFlag = (flag: string): flag is NumberFlag => flag in NUMBERS;

export function parseArgs(argv: readonly string[]): RehearsalArgs | 'help' {
  const releases: string[] = [];
  const jobs: { after: number; name: string }[] = [];
  const numbers = new Map<NumberFlag, number>();
  let blockerTable: string | undefined = 'mail_outbox';
  let keepDatabase = false;
  for (let index = 0; index < argv.length; index += 1) {
    const flag = argv[index] ?? '';
    if (flag === '--help' || flag === '-h') {
      return 'help';
    }
    if (flag === '--no-blocker' || flag === '--keep-database') {
      blockerTable = flag === '--no-blocker' ? undefined : blockerTable;
      keepDatabase ||= flag === '--keep-database';
      continue;
    }
    const value = argv[index + 1];
    if (!['--release', '--job', '--blocker-table'].includes(flag) && !isNumberFlag(flag)) {
      throw new UsageError(`unknown argument ${flag}`);
    }
    if (value === undefined || value.startsWith('--')) {
      throw new UsageError(`${flag} needs a value`);
    }
    index += 1;
    if (flag === '--release') {
      releases.push(value);
    } else if (flag === '--job') {
      const match = /^([a-z0-9-]+)@(\d+)$/.exec(value);
      if (!match) {
        throw new UsageError(`--job takes <name>@<n>, e.g. backfill-x@2; got ${value}`);
      }
      jobs.push({ name: match[1] ?? '', after: Number(match[2]) - 1 });
    } else if (flag === '--blocker-table') {
      if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(value)) {
        throw new UsageError(`--blocker-table must be a plain table name, got ${value}`);
      }
      blockerTable = value;
    } else if (isNumberFlag(flag)) {
      const { min, max } = NUMBERS[flag];
      const number = Number(value);
      if (!/^\d+$/.test(value) || number < min || number > max) {
        throw new UsageError(`${flag} must be a whole number from ${min} to ${max}, got ${value}`);
      }
      numbers.set(flag, number);
    }
  }
  const specs = (releases.length > 0 ? releases : DEFAULT_RELEASES).map((text) => {
    try {
      return parseRelease(text);
    } catch (error) {
      throw new UsageError((error as Error).message);
    }
  });
  if (specs.length < 2) {
    throw new UsageError('give at least two --release: the one deployed first and one to roll out');
  }
  const stray = jobs.find((job) => job.after < 1 || job.after >= specs.length);
  if (stray) {
    throw new UsageError(`--job ${stray.name}@${stray.after + 1}: n must name a release rolled out, 2 to ${specs.length}`);
  }
  const get = (flag: NumberFlag): number => numbers.get(flag) ?? NUMBERS[flag].fallback;
  if (get('--ses-outage') > 0 && get('--ses-outage') > get('--baseline') - 2) {
    throw new UsageError(`--ses-outage (${get('--ses-outage')} s) must end 2 s before the baseline does (--baseline ${get('--baseline')} s)`);
  }
  return {
    releases: specs,
    jobs,
    ratePerSecond: get('--rate'),
    workers: get('--workers'),
    baselineSeconds: get('--baseline'),
    steadySeconds: get('--steady'),
    minRequests: get('--min-requests'),
    blocker: blockerTable === undefined ? undefined : { table: blockerTable, seconds: get('--blocker-seconds') },
    sesOutageSeconds: get('--ses-outage'),
    keepDatabase,
  };
}
