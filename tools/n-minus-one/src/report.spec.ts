import { describe, expect, it } from 'vitest';
import { formatResult } from './report.ts';

const base = {
  previous: { ref: 'a1b2c3d4e5f6a7', commit: 'a1b2c3d4e5f6a7b8' },
  release: { ref: 'working-tree+contract-step', commit: 'ffeeddccbbaa9988' },
  database: 'pitchdesk_n1_1',
  tests: { passed: 15, failed: 0, failures: [], logFile: 'l.log' },
  problems: [],
};

describe('formatResult', () => {
  it('says compatible when nothing was found', () => {
    expect(formatResult({ ...base, findings: [], compatible: true })).toEqual([
      'N-1 proof: release N-1 a1b2c3d4e5f6a7 (a1b2c3d4e5f6) on the schema of release N working-tree+contract-step (ffeeddccbbaa)',
      '  entity check: every mapped column is there; every unmapped one takes NULL or has a default',
      "  release N-1's tests: 15 passed, 0 failed (log: l.log)",
      'COMPATIBLE: release N-1 keeps working after release N migrates',
    ]);
  });

  it('lists each finding and failed test before the verdict', () => {
    const lines = formatResult({
      ...base,
      findings: [{ kind: 'missing-column', table: 'mail_outbox', column: 'last_error', message: 'gone' }],
      tests: { passed: 3, failed: 1, failures: ['x.spec.ts > t: QueryFailedError'], logFile: 'l.log' },
      problems: ['p'],
      compatible: false,
    });
    expect(lines.slice(1)).toEqual([
      '  entity check: 1 problem(s)',
      '    missing-column mail_outbox.last_error: gone',
      "  release N-1's tests: 3 passed, 1 failed (log: l.log)",
      '    x.spec.ts > t: QueryFailedError',
      '  p',
      "NOT COMPATIBLE: release N-1 breaks on release N's schema",
    ]);
  });
});
