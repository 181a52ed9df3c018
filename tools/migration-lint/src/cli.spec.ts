import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// The CLI as CI runs it: a Node child process that imports the migrations (type
// stripping), records them and prints findings. No mocks between it and the files.

const WORKSPACE_ROOT = resolve(import.meta.dirname, '../../..');
const FIXTURES = resolve(import.meta.dirname, '../fixtures');

function runCli(args: readonly string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, ['tools/migration-lint/src/cli.ts', ...args], { cwd: WORKSPACE_ROOT, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function fixtureArgs(name: string): string[] {
  const database = resolve(FIXTURES, name, 'src/database');
  return [
    '--migrations',
    `${database}/migrations`,
    '--deprecations',
    `${database}/deprecations`,
    '--data-source',
    `${database}/data-source-options.ts`,
  ];
}

interface JsonFinding {
  readonly file: string;
  readonly line: number;
  readonly ruleId: string;
  readonly message: string;
  readonly reviewer?: string;
}

describe('migration-lint CLI', () => {
  it("passes the repository's own pms-api migrations, every one of them loaded", () => {
    const files = readdirSync(resolve(WORKSPACE_ROOT, 'apps/pms-api/src/database/migrations')).filter(
      (name) => name.endsWith('.ts') && name !== 'index.ts' && !name.endsWith('.spec.ts'),
    );
    const { status, stdout, stderr } = runCli([]);
    expect(stderr).toBe('');
    expect(files.length).toBeGreaterThan(0);
    expect(stdout).toContain(`migration-lint: ${files.length} migrations checked for MySQL 8.0.28: 0 errors`);
    expect(status).toBe(0);
  });

  it('passes a clean project, listing its reviewed override', () => {
    const { status, stdout } = runCli(fixtureArgs('safe-api'));
    expect(stdout).toContain(
      'tools/migration-lint/fixtures/safe-api/src/database/migrations/1795300000010-add-booking-channel.ts:15 PD050 ',
    );
    expect(stdout).toContain(
      '[overridden: units and bookings are empty on every tenant until go-live (checked 2026-06-01) (reviewed-by: Ada Lovelace)]',
    );
    expect(stdout).toContain('3 migrations checked for MySQL 8.0.28: 0 errors, 1 overridden');
    expect(status).toBe(0);
  });

  it('fails an unsafe project with file:line findings for each rule it breaks', () => {
    const { status, stdout } = runCli([...fixtureArgs('unsafe-api'), '--format', 'json']);
    const report = JSON.parse(stdout) as { findings: JsonFinding[]; overridden: JsonFinding[] };
    const found = report.findings.map((finding) => `${basename(finding.file)}:${finding.line} ${finding.ruleId}`);
    expect(found).toEqual([
      'data-source-options.ts:5 PD010',
      'data-source-options.ts:6 PD011',
      '2026.8.0.json:1 PD090',
      '2026.8.0.json:1 PD090',
      '2026.8.0.json:1 PD090',
      '1795300000000-create-bookings.ts:9 PD041',
      '1795300000000-create-bookings.ts:9 PD053',
      '1795300000000-create-bookings.ts:9 PD062',
      '1795300000010-rework-bookings.ts:11 PD030',
      '1795300000010-rework-bookings.ts:11 PD040',
      '1795300000010-rework-bookings.ts:13 PD043',
      '1795300000010-rework-bookings.ts:14 PD024',
      '1795300000010-rework-bookings.ts:14 PD062',
      '1795300000010-rework-bookings.ts:15 PD060',
      '1795300000020-drop-old-quotes.ts:8 PD005',
      '1795300000020-drop-old-quotes.ts:12 PD020',
      '1795300000020-drop-old-quotes.ts:14 PD091',
      '1795300000020-drop-old-quotes.ts:15 PD021',
      '1795300000030-add-search.ts:4 PD001',
      '1795300000030-add-search.ts:4 PD002',
      '1795300000030-add-search.ts:4 PD004',
      '1795300000030-add-search.ts:8 PD092',
      '1795300000030-add-search.ts:9 PD006',
      // up() fails on data it cannot have; the step before the failure is still checked.
      '1795300000040-tag-busy-bookings.ts:11 PD062',
      '1795300000040-tag-busy-bookings.ts:12 PD007',
      '1795300000040-tag-busy-bookings.ts:12 PD054',
    ]);
    expect(report.overridden).toEqual([]);
    expect(status).toBe(1);
  });

  it('prints findings as "file:line rule message" relative to the working directory', () => {
    const { stdout } = runCli(fixtureArgs('unsafe-api'));
    expect(stdout.split('\n')).toContain(
      'tools/migration-lint/fixtures/unsafe-api/src/database/migrations/1795300000010-rework-bookings.ts:15 PD060 UPDATE bookings in a migration: keep migrations to DDL and write a batched, throttled, resumable backfill job (apps/pms-api job.ts) keyed by primary key',
    );
  });

  it('lists the rules', () => {
    const { status, stdout } = runCli(['--list-rules']);
    const lines = stdout.trim().split('\n');
    expect(lines.length).toBeGreaterThanOrEqual(30);
    lines.forEach((line) => expect(line).toMatch(/^PD\d{3} {2}\S/));
    expect(status).toBe(0);
  });

  it('exits 2 with the usage on a bad argument', () => {
    const { status, stderr } = runCli(['--target-mysql', 'eight']);
    expect(stderr).toContain('--target-mysql expects a version like 8.0.39');
    expect(stderr).toContain('usage: node tools/migration-lint/src/cli.ts');
    expect(status).toBe(2);
  });
});
