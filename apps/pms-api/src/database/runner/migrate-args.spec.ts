import { describe, expect, it } from 'vitest';
import { parseMigrateArgs } from './migrate-args';
import { RUN_DEFAULTS } from './run-defaults';

describe('migrate.js arguments', () => {
  it('runs every phase with the defaults when given nothing', () => {
    expect(parseMigrateArgs([])).toEqual({
      kind: 'run',
      args: {
        phase: undefined,
        dryRun: false,
        lockWaitSeconds: RUN_DEFAULTS.lockWaitSeconds,
        ddlLockWaitSeconds: RUN_DEFAULTS.ddlLockWaitSeconds,
        retry: { maxAttempts: RUN_DEFAULTS.maxAttempts, baseDelayMs: RUN_DEFAULTS.retryBaseMs, maxDelayMs: RUN_DEFAULTS.retryMaxMs },
      },
    });
  });

  it('reads every flag, as --flag value or --flag=value', () => {
    const parsed = parseMigrateArgs([
      '--phase',
      'contract',
      '--dry-run',
      '--lock-wait-seconds=30',
      '--ddl-lock-wait-seconds',
      '1',
      '--max-attempts=5',
      '--retry-base-ms',
      '100',
      '--retry-max-ms=400',
    ]);
    expect(parsed).toEqual({
      kind: 'run',
      args: { phase: 'contract', dryRun: true, lockWaitSeconds: 30, ddlLockWaitSeconds: 1, retry: { maxAttempts: 5, baseDelayMs: 100, maxDelayMs: 400 } },
    });
  });

  it('answers --help', () => {
    expect(parseMigrateArgs(['--dry-run', '-h'])).toEqual({ kind: 'help' });
  });

  it.each([
    [['--phase', 'backfill'], '--phase must be expand or contract, got backfill'],
    [['--phase'], '--phase needs a value'],
    [['--ddl-lock-wait-seconds', '0'], '--ddl-lock-wait-seconds must be a whole number from 1 to 60, got 0'],
    [['--max-attempts', '2.5'], '--max-attempts must be a whole number from 1 to 200, got 2.5'],
    [['--retry-base-ms', '500', '--retry-max-ms', '100'], '--retry-max-ms (100) must not be below --retry-base-ms (500)'],
    [['--force'], 'unknown argument --force'],
  ])('refuses %j naming the problem', (argv, message) => {
    expect(() => parseMigrateArgs(argv)).toThrow(message);
  });
});
