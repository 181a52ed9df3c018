import type { MigrationPhase } from '../migration-phase';
import { MigrationRunError } from './exit-codes';
import type { RetryPolicy } from './lock-retry';
import { RUN_DEFAULTS } from './run-defaults';

export interface MigrateArgs {
  readonly phase: MigrationPhase | undefined;
  readonly dryRun: boolean;
  readonly lockWaitSeconds: number;
  readonly ddlLockWaitSeconds: number;
  readonly retry: RetryPolicy;
}

export type ParsedMigrateArgs = { readonly kind: 'help' } | { readonly kind: 'run'; readonly args: MigrateArgs };

export const MIGRATE_USAGE = `usage: node migrate.js [--phase expand|contract] [--dry-run] [options]

Runs the pending migrations on the writer (PD_DB_PRIMARY_URL), one run at a time.

  --phase expand|contract        only that phase's migrations (deploys always pass one);
                                 without it, every pending migration in list order
  --dry-run                      print each statement with its ALGORITHM/LOCK; change nothing
  --lock-wait-seconds N          wait up to N s for another run's lock (default ${RUN_DEFAULTS.lockWaitSeconds}), then exit 3
  --ddl-lock-wait-seconds N      metadata-lock wait of one DDL attempt (default ${RUN_DEFAULTS.ddlLockWaitSeconds}, 1-60)
  --max-attempts N               attempts per DDL on metadata-lock timeouts (default ${RUN_DEFAULTS.maxAttempts}, 1-200)
  --retry-base-ms N              first backoff between attempts, doubling (default ${RUN_DEFAULTS.retryBaseMs})
  --retry-max-ms N               longest backoff (default ${RUN_DEFAULTS.retryMaxMs})
  -h, --help                     this text

exit codes: 0 ok, 1 failed, 2 bad config or arguments, 3 lock busy, 4 refused by the gate,
5 lock retries exhausted, 6 drift, 7 interrupted (docs/migrations.md)`;

const NUMBER_FLAGS = {
  '--lock-wait-seconds': { min: 0, max: 3_600, fallback: RUN_DEFAULTS.lockWaitSeconds },
  '--ddl-lock-wait-seconds': { min: 1, max: 60, fallback: RUN_DEFAULTS.ddlLockWaitSeconds },
  '--max-attempts': { min: 1, max: 200, fallback: RUN_DEFAULTS.maxAttempts },
  '--retry-base-ms': { min: 10, max: 60_000, fallback: RUN_DEFAULTS.retryBaseMs },
  '--retry-max-ms': { min: 10, max: 600_000, fallback: RUN_DEFAULTS.retryMaxMs },
} as const;
type NumberFlag = keyof typeof NUMBER_FLAGS;
const isNumberFlag = (flag: string): flag is NumberFlag => flag in NUMBER_FLAGS;

const badArgument = (message: string): MigrationRunError => new MigrationRunError('CONFIG', message);

/** Throws a CONFIG MigrationRunError naming the bad argument. */
export function parseMigrateArgs(argv: readonly string[]): ParsedMigrateArgs {
  const numbers = new Map<NumberFlag, number>();
  let phase: MigrationPhase | undefined;
  let dryRun = false;
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index] ?? '';
    if (arg === '-h' || arg === '--help') {
      return { kind: 'help' };
    }
    if (arg === '--dry-run') {
      dryRun = true;
      continue;
    }
    const equals = arg.indexOf('=');
    const flag = arg.startsWith('--') && equals > 0 ? arg.slice(0, equals) : arg;
    if (flag !== '--phase' && !isNumberFlag(flag)) {
      throw badArgument(`unknown argument ${arg}`);
    }
    const value = equals > 0 && arg.startsWith('--') ? arg.slice(equals + 1) : argv[++index];
    if (value === undefined || value === '') {
      throw badArgument(`${flag} needs a value`);
    }
    if (flag === '--phase') {
      if (value !== 'expand' && value !== 'contract') {
        throw badArgument(`--phase must be expand or contract, got ${value}`);
      }
      phase = value;
      continue;
    }
    const { min, max } = NUMBER_FLAGS[flag];
    const number = Number(value);
    if (!/^\d+$/.test(value) || number < min || number > max) {
      throw badArgument(`${flag} must be a whole number from ${min} to ${max}, got ${value}`);
    }
    numbers.set(flag, number);
  }
  const get = (flag: NumberFlag): number => numbers.get(flag) ?? NUMBER_FLAGS[flag].fallback;
  const retry = { maxAttempts: get('--max-attempts'), baseDelayMs: get('--retry-base-ms'), maxDelayMs: get('--retry-max-ms') };
  if (retry.maxDelayMs < retry.baseDelayMs) {
    throw badArgument(`--retry-max-ms (${retry.maxDelayMs}) must not be below --retry-base-ms (${retry.baseDelayMs})`);
  }
  return {
    kind: 'run',
    args: { phase, dryRun, lockWaitSeconds: get('--lock-wait-seconds'), ddlLockWaitSeconds: get('--ddl-lock-wait-seconds'), retry },
  };
}
