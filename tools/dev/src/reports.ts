/** Test counts of one suite, from the JSON report its runner wrote. */
export interface SuiteCounts {
  readonly suite: string;
  readonly passed: number;
  readonly failed: number;
  readonly skipped: number;
}

interface VitestJsonReport {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests?: number;
  numTodoTests?: number;
}

interface PlaywrightJsonReport {
  stats: { expected: number; unexpected: number; flaky: number; skipped: number };
}

function isVitestReport(report: unknown): report is VitestJsonReport {
  return typeof report === 'object' && report !== null && 'numPassedTests' in report && 'numFailedTests' in report;
}

function isPlaywrightReport(report: unknown): report is PlaywrightJsonReport {
  return typeof report === 'object' && report !== null && 'stats' in report && typeof report.stats === 'object';
}

/**
 * Reads a Vitest (Jest-compatible) or Playwright JSON report. A flaky Playwright test
 * (failed, then passed on retry) counts as failed: a test that needs retries is a defect.
 */
export function countsFromReport(suite: string, json: string): SuiteCounts {
  const report: unknown = JSON.parse(json);
  if (isVitestReport(report)) {
    return {
      suite,
      passed: report.numPassedTests,
      failed: report.numFailedTests,
      skipped: (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0),
    };
  }
  if (isPlaywrightReport(report)) {
    const { expected, unexpected, flaky, skipped } = report.stats;
    return { suite, passed: expected, failed: unexpected + flaky, skipped };
  }
  throw new Error(`${suite}: not a Vitest or Playwright JSON report`);
}

/** Nx's closing summary lists failed tasks as `- project:target`; those are the failures. */
export function failedNxTasks(output: string): string[] {
  const marker = output.lastIndexOf('Failed tasks:');
  if (marker === -1) {
    return [];
  }
  return output
    .slice(marker)
    .split('\n')
    .map((line) => /^\s*-\s+(\S+:\S+)/.exec(line)?.[1])
    .filter((task): task is string => task !== undefined);
}

export function totals(suites: readonly SuiteCounts[]): { passed: number; failed: number; skipped: number } {
  return suites.reduce(
    (sum, suite) => ({
      passed: sum.passed + suite.passed,
      failed: sum.failed + suite.failed,
      skipped: sum.skipped + suite.skipped,
    }),
    { passed: 0, failed: 0, skipped: 0 },
  );
}
