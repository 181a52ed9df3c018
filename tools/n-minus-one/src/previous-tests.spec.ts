import { describe, expect, it } from 'vitest';
import { summariseReport } from './previous-tests.ts';

describe('summariseReport', () => {
  it('counts passes and names each failed test with the first line of its error', () => {
    const outcome = summariseReport(
      {
        numPassedTests: 7,
        numFailedTests: 1,
        testResults: [
          {
            name: '/c/apps/pms-api/test/medium/mail-outbox.medium.spec.ts',
            status: 'failed',
            assertionResults: [
              { fullName: 'mail outbox drainOnce sends a due mail once', status: 'failed', failureMessages: ["\nQueryFailedError: Unknown column 'last_error' in 'SET'\n    at x"] },
              { fullName: 'mail outbox enqueue keeps one row', status: 'passed' },
            ],
          },
        ],
      },
      '/c/apps/pms-api',
      'log',
    );
    expect(outcome).toEqual({
      passed: 7,
      failed: 1,
      failures: ["test/medium/mail-outbox.medium.spec.ts > mail outbox drainOnce sends a due mail once: QueryFailedError: Unknown column 'last_error' in 'SET'"],
      logFile: 'log',
    });
  });

  it('counts a file whose hooks failed before any test ran as a failure', () => {
    const outcome = summariseReport(
      { numPassedTests: 0, numFailedTests: 0, testResults: [{ name: '/c/apps/pms-api/test/medium/a.medium.spec.ts', status: 'failed', message: 'Error: migrations failed with exit code 1', assertionResults: [] }] },
      '/c/apps/pms-api',
      'log',
    );
    expect(outcome.failed).toBe(1);
    expect(outcome.failures).toEqual(['test/medium/a.medium.spec.ts: Error: migrations failed with exit code 1']);
  });
});
