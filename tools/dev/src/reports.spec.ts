import { describe, expect, it } from 'vitest';
import { countsFromReport, failedNxTasks, totals } from './reports.ts';

describe('countsFromReport', () => {
  it('reads a Vitest JSON report', () => {
    const json = JSON.stringify({ numPassedTests: 12, numFailedTests: 1, numPendingTests: 2, numTodoTests: 1, testResults: [] });
    expect(countsFromReport('domain', json)).toEqual({ suite: 'domain', passed: 12, failed: 1, skipped: 3 });
  });

  it('reads a Playwright JSON report and counts flaky tests as failed', () => {
    const json = JSON.stringify({ stats: { expected: 5, unexpected: 1, flaky: 2, skipped: 0 }, suites: [] });
    expect(countsFromReport('e2e', json)).toEqual({ suite: 'e2e', passed: 5, failed: 3, skipped: 0 });
  });

  it('refuses anything else rather than counting it as zero', () => {
    expect(() => countsFromReport('odd', '{"tests": 3}')).toThrow('odd: not a Vitest or Playwright JSON report');
  });
});

describe('failedNxTasks', () => {
  it('lists the failed tasks of the closing summary', () => {
    const output = [
      '> nx run domain:lint',
      'Failed tasks:',
      '- pms-api:lint',
      '- booking-engine:typecheck',
      '',
      'Hint: run the command with --verbose',
    ].join('\n');
    expect(failedNxTasks(output)).toEqual(['pms-api:lint', 'booking-engine:typecheck']);
  });

  it('finds none in a successful run', () => {
    expect(failedNxTasks('Successfully ran targets lint for 7 projects')).toEqual([]);
  });
});

describe('totals', () => {
  it('sums every suite', () => {
    const suites = [
      { suite: 'a', passed: 3, failed: 1, skipped: 0 },
      { suite: 'b', passed: 4, failed: 0, skipped: 2 },
    ];
    expect(totals(suites)).toEqual({ passed: 7, failed: 1, skipped: 2 });
  });
});
