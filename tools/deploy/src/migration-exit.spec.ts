import { describe, expect, it } from 'vitest';
import { MIGRATION_OUTCOMES, migrationOutcome } from './migration-exit.ts';

describe('migrationOutcome', () => {
  it('names every code and only proceeds on 0', () => {
    expect(Object.entries(MIGRATION_OUTCOMES).map(([code, outcome]) => [Number(code), outcome.name])).toEqual([
      [0, 'ok'],
      [1, 'failed'],
      [2, 'config-invalid'],
      [3, 'lock-busy'],
      [4, 'refused'],
      [5, 'lock-retries-exhausted'],
      [6, 'drift'],
      [7, 'interrupted'],
    ]);
  });

  it('tells an unknown code and a missing one apart', () => {
    expect(migrationOutcome(137)).toMatchObject({ name: 'unknown-exit-code', retryable: false, meaning: 'exit code 137 is not one migrate.js defines' });
    expect(migrationOutcome(undefined, 'TaskFailedToStart')).toMatchObject({ name: 'no-exit-code', retryable: true });
  });
});
