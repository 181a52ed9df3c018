import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

// The N-1 proof (tools/n-minus-one) on the worked example (docs/zero-downtime-example.md):
// release 2026.12.0 stopped using mail_outbox.last_error and lists it in its deprecation
// manifest. Release N-1 still reads and writes it. So release N-1 must keep working on
// 2026.12.0's schema, and must break if the drop (the contract step) shipped in that same
// release: the command says which, by the entity check and by N-1's own tests.

const WORKSPACE = resolve(import.meta.dirname, '../../../..');
const MANIFEST = 'apps/pms-api/src/database/deprecations/2026.12.0.json';
const CLI = join(WORKSPACE, 'tools/n-minus-one/src/cli.ts');
// Two builds of release N and two runs of N-1's tests; a few minutes is the budget.
const BUDGET_MS = 300_000;

interface Outcome {
  code: number | null;
  output: string;
  result: {
    findings: { kind: string; table: string; column?: string }[];
    tests: { passed: number; failed: number; failures: string[] };
    problems: string[];
    compatible: boolean;
  };
}

function git(args: string[]): Promise<string> {
  return new Promise((done, fail) =>
    execFile('git', ['-C', WORKSPACE, ...args], (error, stdout) => (error ? fail(error) : done(stdout.trim()))),
  );
}

function nMinusOne(args: string[]): Promise<Outcome> {
  const jsonFile = join(mkdtempSync(join(tmpdir(), 'n-minus-one-')), 'result.json');
  const prefix = `${process.env['PD_TEST_DB_PREFIX'] ?? 'pitchdesk_test'}_n1`;
  return new Promise((done, fail) => {
    execFile(
      process.execPath,
      [CLI, ...args, '--db-prefix', prefix, '--json', jsonFile],
      { cwd: WORKSPACE, maxBuffer: 16 * 1024 * 1024, timeout: BUDGET_MS },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : null) : 0;
        try {
          done({ code, output: stdout + stderr, result: JSON.parse(readFileSync(jsonFile, 'utf8')) as Outcome['result'] });
        } catch {
          fail(new Error(`n-minus-one wrote no result (exit ${String(code)}):\n${stdout}${stderr}`));
        }
      },
    );
  });
}

describe('the N-1 proof on the worked example', () => {
  // The release that added the manifest and its parent, once committed; until then the
  // working tree (which has the manifest) and HEAD (which has not).
  const releases = { previous: 'HEAD', release: 'working-tree' };

  beforeAll(async () => {
    const added = await git(['log', '--diff-filter=A', '--format=%H', '-1', '--', MANIFEST]);
    if (added) {
      Object.assign(releases, { previous: `${added}^`, release: added });
    }
  });

  it(
    'passes: release N-1 still reads and writes last_error on the schema of the release that stopped using it',
    async () => {
      const { code, output, result } = await nMinusOne(['--previous', releases.previous, '--release', releases.release]);
      expect(result.findings, output).toEqual([]);
      expect(result.tests.failures, output).toEqual([]);
      expect(result.tests.passed).toBeGreaterThan(10);
      expect(result.problems).toEqual([]);
      expect([code, result.compatible]).toEqual([0, true]);
      expect(output).toContain('COMPATIBLE: release N-1 keeps working');
    },
    BUDGET_MS,
  );

  it(
    'fails when the contract step (drop last_error) ships in the same release as the code that stopped using it',
    async () => {
      const { code, output, result } = await nMinusOne(['--previous', releases.previous, '--release', releases.release, '--contract-pending']);
      expect(result.findings.map((finding) => `${finding.kind} ${finding.table}.${finding.column ?? ''}`), output).toEqual([
        'missing-column mail_outbox.last_error',
      ]);
      // N-1's own drainer writes last_error when it records a send: its tests say so too.
      expect(result.tests.failed, output).toBeGreaterThan(0);
      expect(result.tests.failures.every((failure) => failure.includes("Unknown column 'last_error'")), output).toBe(true);
      expect([code, result.compatible]).toEqual([1, false]);
      expect(output).toContain("NOT COMPATIBLE: release N-1 breaks on release N's schema");
    },
    BUDGET_MS,
  );
});
