import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Checkout } from './checkouts.ts';
import { LOG_DIR, WORKSPACE_ROOT } from './checkouts.ts';
import { isolatedEnv, runToEnd } from './processes.ts';

/** Which of release N-1's medium tests run against release N's schema. */
export interface TestSelection {
  /** Paths under apps/pms-api. */
  readonly files: readonly string[];
  /** Vitest's -t: a regular expression over "suite > test" names; undefined runs them all. */
  readonly namePattern: string | undefined;
}

/**
 * Search, hold and book over HTTP, and the mail outbox (enqueue in the booking
 * transaction, drain, retry state): the API's own integration tests of the booking
 * engine. Left out: the tests that stop a shared service (replica, replication, hub, SES),
 * because the local stack is shared with whoever else is testing; on a stack of its own
 * (CI), pass --all-tests.
 */
export const DEFAULT_SELECTION: TestSelection = {
  files: ['test/medium/booking-core.medium.spec.ts', 'test/medium/mail-outbox.medium.spec.ts'],
  namePattern: '^(?!.*(?:is down|are down|replica, stale)).*$',
};

export interface TestOutcome {
  readonly passed: number;
  readonly failed: number;
  /** "file > suite > test: first line of the error", for each failure (suite errors too). */
  readonly failures: readonly string[];
  readonly logFile: string;
}

interface VitestJson {
  numPassedTests?: number;
  numFailedTests?: number;
  testResults?: {
    name?: string;
    status?: string;
    message?: string;
    assertionResults?: { fullName?: string; status?: string; failureMessages?: string[] }[];
  }[];
}

const firstLine = (text: string | undefined): string => (text ?? '').split('\n').find((line) => line.trim() !== '')?.trim() ?? '';

/** Counts from Vitest's JSON report; a file that failed before its tests (a hook) counts as a failure. */
export function summariseReport(json: VitestJson, root: string, logFile: string): TestOutcome {
  const failures: string[] = [];
  for (const file of json.testResults ?? []) {
    const name = (file.name ?? '').replace(`${root}/`, '');
    if (file.status === 'failed' && file.message) {
      failures.push(`${name}: ${firstLine(file.message)}`);
    }
    for (const test of file.assertionResults ?? []) {
      if (test.status === 'failed') {
        failures.push(`${name} > ${test.fullName ?? '?'}: ${firstLine(test.failureMessages?.[0])}`);
      }
    }
  }
  return { passed: json.numPassedTests ?? 0, failed: Math.max(json.numFailedTests ?? 0, failures.length), failures, logFile };
}

/**
 * Runs release N-1's selected medium tests from its own checkout, on a database of ours:
 * its test support names the database `<PD_TEST_DB_PREFIX>_<VITEST_POOL_ID>` and only
 * migrates it (release N-1's migrations, all applied already), so it tests against the
 * schema release N left there. One worker, so that is database `<prefix>_1`.
 */
export async function runPreviousTests(previous: Checkout, selection: TestSelection, databasePrefix: string): Promise<TestOutcome> {
  const tag = previous.commit.slice(0, 12);
  const reportFile = join(LOG_DIR, `previous-tests-${tag}.json`);
  const logFile = join(LOG_DIR, `previous-tests-${tag}.log`);
  rmSync(reportFile, { force: true });
  const args = [
    join(WORKSPACE_ROOT, 'node_modules/vitest/vitest.mjs'),
    'run',
    '--config',
    'apps/pms-api/vitest.medium.config.mts',
    '--maxWorkers=1',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${reportFile}`,
    ...(selection.namePattern ? ['--testNamePattern', selection.namePattern] : []),
    ...selection.files,
  ];
  const env = isolatedEnv(process.env, {
    PD_TEST_DB_PREFIX: databasePrefix,
    // The stack the workspace started: its stack.env, pid files and owner tags.
    PD_STACK_DIR: join(WORKSPACE_ROOT, '.local/stack'),
    TZ: 'UTC',
  });
  const code = await runToEnd('previous-tests', process.execPath, args, { env, cwd: previous.dir, logFile, timeoutMs: 900_000 });
  let json: VitestJson;
  try {
    json = JSON.parse(readFileSync(reportFile, 'utf8')) as VitestJson;
  } catch {
    return { passed: 0, failed: 1, failures: [`vitest exited with code ${code} before writing its report; see ${logFile}`], logFile };
  }
  return summariseReport(json, join(previous.dir, 'apps/pms-api'), logFile);
}
