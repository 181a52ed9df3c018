import type { ProveResult } from './prove.ts';

/** The result as a reader wants it: the verdict last, each reason on its own line. */
export function formatResult(result: ProveResult): string[] {
  const lines = [
    `N-1 proof: release N-1 ${result.previous.ref} (${result.previous.commit.slice(0, 12)}) on the schema of release N ${result.release.ref} (${result.release.commit.slice(0, 12)})`,
    `  entity check: ${result.findings.length === 0 ? 'every mapped column is there; every unmapped one takes NULL or has a default' : `${result.findings.length} problem(s)`}`,
    ...result.findings.map((finding) => `    ${finding.kind} ${finding.table}${finding.column ? `.${finding.column}` : ''}: ${finding.message}`),
    `  release N-1's tests: ${result.tests.passed} passed, ${result.tests.failed} failed (log: ${result.tests.logFile})`,
    ...result.tests.failures.map((failure) => `    ${failure}`),
    ...result.problems.map((problem) => `  ${problem}`),
    result.compatible ? 'COMPATIBLE: release N-1 keeps working after release N migrates' : 'NOT COMPATIBLE: release N-1 breaks on release N\'s schema',
  ];
  return lines;
}
