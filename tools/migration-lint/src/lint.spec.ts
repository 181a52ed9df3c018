import { describe, expect, it } from 'vitest';
import { guarded, lintCase, ruleIds, SUBJECT_CLASS, SUBJECT_FILE } from './testing/lint-case.ts';
import { deployedManifest, LEGACY_QUOTES, RESERVATIONS } from './testing/rule-case.ts';

/** A subject migration whose up() body is `body`; statements are found by their line. */
function source(body: readonly string[]): string {
  return [
    `export class ${SUBJECT_CLASS} {`,
    `  readonly name = '${SUBJECT_CLASS}';`,
    "  readonly phase = 'expand';",
    '  async up(queryRunner: { query(sql: string): Promise<unknown> }): Promise<void> {',
    ...body.map((line) => `    ${line}`),
    '  }',
    '  async down(): Promise<void> {}',
    '}',
    '',
  ].join('\n');
}

/** 1-based line of the first body line containing `text` (body starts on line 5). */
function lineOf(body: readonly string[], text: string): number {
  const index = body.findIndex((line) => line.includes(text));
  if (index < 0) {
    throw new Error(`no line with ${text}`);
  }
  return index + 5;
}

const SET_FK = "await queryRunner.query('SET foreign_key_checks = 0');";
const SET_MODE = "await queryRunner.query('SET sql_mode = ANSI');";

function overrideCase(body: readonly string[]): ReturnType<typeof lintCase> {
  return lintCase({
    source: source(body),
    steps: [
      { sql: 'SET foreign_key_checks = 0', line: lineOf(body, 'foreign_key_checks') },
      { sql: 'SET sql_mode = ANSI', line: lineOf(body, 'sql_mode') },
    ],
  });
}

describe('reviewed overrides', () => {
  it('accept the findings of the named rule on the statement below, and only there', () => {
    const body = [
      '// migration-lint-disable PD061: the runner has no knob for this yet, see PD-42 (reviewed-by: Grace Hopper)',
      SET_FK,
      SET_MODE,
    ];
    const result = overrideCase(body);
    expect(result.overridden.map((finding) => [finding.ruleId, finding.line, finding.reviewer])).toEqual([
      ['PD061', lineOf(body, 'foreign_key'), 'Grace Hopper'],
    ]);
    expect(result.overridden[0]?.reason).toBe('the runner has no knob for this yet, see PD-42');
    expect(result.findings.map((finding) => [finding.ruleId, finding.line])).toEqual([['PD061', lineOf(body, 'sql_mode')]]);
  });

  it('cover a whole block when written above it', () => {
    const body = [
      '// migration-lint-disable PD061: both settings are needed for the legacy import (reviewed-by: Grace Hopper)',
      'if (Date.now() > 0) {',
      `  ${SET_FK}`,
      `  ${SET_MODE}`,
      '}',
    ];
    const result = overrideCase(body);
    expect(result.findings).toEqual([]);
    expect(result.overridden.map((finding) => finding.ruleId)).toEqual(['PD061', 'PD061']);
  });

  it('accept block comments and several rule ids', () => {
    const body = [
      '/* migration-lint-disable PD030, PD061: the runner has no knob for this yet (reviewed-by: Grace Hopper) */',
      SET_FK,
      SET_MODE,
    ];
    const result = overrideCase(body);
    expect(result.overridden.map((finding) => finding.line)).toEqual([lineOf(body, 'foreign_key')]);
    expect(ruleIds(result.findings)).toEqual(['PD061']);
  });

  it.each([
    ['no reviewer', '// migration-lint-disable PD061: the runner has no knob for this yet', 'needs "(reviewed-by: <name>)"'],
    [
      'an empty reviewer',
      '// migration-lint-disable PD061: the runner has no knob for this yet (reviewed-by: )',
      'needs "(reviewed-by: <name>)"',
    ],
    ['no reason', '// migration-lint-disable PD061 (reviewed-by: Grace Hopper)', 'needs a reason'],
    ['a reason too short to explain anything', '// migration-lint-disable PD061: ok (reviewed-by: Grace Hopper)', 'needs a reason'],
    [
      'an unknown rule',
      '// migration-lint-disable PD999: the runner has no knob for this yet (reviewed-by: Grace Hopper)',
      'unknown rule PD999',
    ],
    [
      'a rule about overrides themselves',
      '// migration-lint-disable PD092: the runner has no knob for this yet (reviewed-by: Grace Hopper)',
      'PD092 cannot be overridden',
    ],
    ['no rule at all', '// migration-lint-disable: the runner has no knob for this yet (reviewed-by: Grace Hopper)', 'names no rule'],
    [
      'a misspelt directive',
      '// migration-lint-disable-next-line PD061: the runner has no knob for this yet (reviewed-by: Grace Hopper)',
      'unknown directive',
    ],
  ])('with %s are an error (PD091) and override nothing', (_what, comment, problem) => {
    const body = [comment, SET_FK, SET_MODE];
    const result = overrideCase(body);
    expect(result.overridden).toEqual([]);
    const invalid = result.findings.filter((finding) => finding.ruleId === 'PD091');
    expect(invalid.map((finding) => finding.line)).toEqual([5]);
    expect(invalid[0]?.message).toContain(problem);
    expect(result.findings.filter((finding) => finding.ruleId === 'PD061')).toHaveLength(2);
  });

  it('that suppress nothing are an error (PD092)', () => {
    const body = ['// migration-lint-disable PD030: the runner has no knob for this yet (reviewed-by: Grace Hopper)', SET_FK, SET_MODE];
    const result = overrideCase(body);
    expect(result.findings.filter((finding) => finding.ruleId === 'PD092').map((finding) => finding.line)).toEqual([5]);
    expect(result.findings.filter((finding) => finding.ruleId === 'PD061')).toHaveLength(2);
  });
});

describe('deprecation manifests', () => {
  const dropLegacy = { phase: 'contract', setup: [LEGACY_QUOTES], steps: ['DROP TABLE IF EXISTS legacy_quotes'] };

  it('report an invalid manifest (PD090) and do not count it as deployed', () => {
    const result = lintCase({
      ...dropLegacy,
      manifests: [{ release: '2026.6.0', status: 'deployed', tables: [{ table: 'legacy_quotes', reason: 'moved' }] }],
    });
    expect(result.findings.map((finding) => [finding.file, finding.ruleId])).toEqual([
      ['/virtual/deprecations/2026.6.0.json', 'PD090'],
      [SUBJECT_FILE, 'PD020'],
    ]);
  });

  it('let a deployed one allow the drop, whatever other manifests say', () => {
    const pending = { release: '2026.7.0', status: 'pending', tables: [{ table: 'legacy_quotes', reason: 'listed again by mistake' }] };
    const deployed = deployedManifest({ tables: [{ table: 'legacy_quotes', reason: 'moved to quotes_v2' }] });
    expect(lintCase({ ...dropLegacy, manifests: [pending, deployed] }).findings).toEqual([]);
  });
});

describe('the schema replay', () => {
  it('treats a table created earlier in the same migration as new: nothing uses it yet', () => {
    const create = `CREATE TABLE IF NOT EXISTS vouchers (id CHAR(36) NOT NULL PRIMARY KEY) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`;
    const addNotNull = guarded('ALTER TABLE vouchers ADD COLUMN code CHAR(8) NOT NULL, ALGORITHM=INSTANT', 'vouchers', 'code');
    expect(lintCase({ steps: [create, addNotNull] }).findings).toEqual([]);
    expect(ruleIds(lintCase({ setup: [create], steps: [addNotNull] }).findings)).toEqual(['PD040']);
  });

  it('follows earlier ALTERs: a column widened before is judged from its new length', () => {
    const widenedTo100 = 'ALTER TABLE reservations MODIFY note VARCHAR(100) NULL, ALGORITHM=INPLACE, LOCK=NONE';
    const widenTo120 = 'ALTER TABLE reservations MODIFY note VARCHAR(120) NULL, ALGORITHM=INPLACE, LOCK=NONE';
    // 100 -> 120 utf8mb4 characters stays above 255 bytes: online. 60 -> 120 would cross it.
    expect(lintCase({ setup: [RESERVATIONS, widenedTo100], steps: [widenTo120] }).findings).toEqual([]);
    expect(ruleIds(lintCase({ setup: [RESERVATIONS], steps: [widenTo120] }).findings)).toEqual(['PD043']);
  });

  it('follows renames and drops of earlier migrations', () => {
    const renamed = 'ALTER TABLE reservations RENAME COLUMN note TO memo, ALGORITHM=INSTANT';
    const dropped = 'ALTER TABLE reservations DROP COLUMN legacy_flag, ALGORITHM=INPLACE, LOCK=NONE';
    const modifyMemo = 'ALTER TABLE reservations MODIFY memo VARCHAR(63) NULL, ALGORITHM=INPLACE, LOCK=NONE';
    const modifyFlag = 'ALTER TABLE reservations MODIFY legacy_flag TINYINT NULL, ALGORITHM=INPLACE, LOCK=NONE';
    expect(lintCase({ setup: [RESERVATIONS, renamed], steps: [modifyMemo] }).findings).toEqual([]);
    expect(lintCase({ setup: [RESERVATIONS, dropped], steps: [modifyFlag] }).findings.map((finding) => finding.message)).toEqual([
      expect.stringContaining('no earlier migration shows this column'),
    ]);
  });
});
