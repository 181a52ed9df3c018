import { readManifest } from '../deprecations/manifest.ts';
import type { Finding } from '../findings.ts';
import { lint } from '../lint.ts';
import type { LintResult } from '../lint.ts';
import type { GuardAnswer, MigrationIndex, RecordedCall, RecordedMigration } from '../recorded.ts';
import type { DataSourceFile } from '../rules/rule.ts';
import { parseMysqlVersion } from '../sql/mysql-version.ts';

// Builds recordings by hand, the way the loader would have produced them, so rule tests
// state their SQL directly and run the same lint() as the CLI.

export const SETUP_FILE = '/virtual/migrations/1700000000000-setup.ts';
export const SUBJECT_FILE = '/virtual/migrations/1700000000001-subject-under-test.ts';
export const SUBJECT_CLASS = 'SubjectUnderTest1700000000001';

export interface Step {
  readonly sql?: string;
  readonly method?: string;
  readonly line?: number;
  /** Guard answers up() made this call under; default both (unconditional). */
  readonly answers?: readonly GuardAnswer[];
  readonly probedNames?: readonly string[];
}

/** A step up() runs only when its guard says "absent", after a lookup of `names`. */
export function guarded(sql: string, ...names: string[]): Step {
  return { sql, answers: ['absent'], probedNames: names };
}

/** A step up() runs only when its guard says "present" (DROP ... if it exists). */
export function guardedPresent(sql: string, ...names: string[]): Step {
  return { sql, answers: ['present'], probedNames: names };
}

export interface LintCase {
  readonly phase?: unknown;
  /** SQL of an earlier migration: builds the schema the subject runs against. */
  readonly setup?: readonly string[];
  readonly steps?: readonly (string | Step)[];
  /** Deprecation manifests as JSON values. */
  readonly manifests?: readonly unknown[];
  readonly target?: string;
  /** TypeScript source of the subject migration (override comments live here). */
  readonly source?: string;
  readonly migration?: Partial<RecordedMigration>;
  readonly index?: MigrationIndex;
  readonly dataSource?: DataSourceFile;
}

export function subjectSource(phase: unknown = 'expand'): string {
  return [
    `export class ${SUBJECT_CLASS} {`,
    `  readonly name = '${SUBJECT_CLASS}';`,
    `  readonly phase = ${JSON.stringify(phase)};`,
    '  async up(): Promise<void> {}',
    '  async down(): Promise<void> {}',
    '}',
    '',
  ].join('\n');
}

function toCall(step: string | Step, position: number): RecordedCall {
  const spec: Step = typeof step === 'string' ? { sql: step } : step;
  return {
    method: spec.method ?? 'query',
    sql: spec.sql,
    params: [],
    line: spec.line ?? 100 + position,
    answers: spec.answers ?? ['absent', 'present'],
    probedNames: spec.probedNames ?? [],
  };
}

function recording(file: string, className: string, phase: unknown, steps: readonly (string | Step)[], source: string): RecordedMigration {
  return {
    file,
    source,
    classNames: [className],
    name: className,
    phase,
    transaction: undefined,
    hasDown: true,
    calls: steps.map(toCall),
    failure: undefined,
  };
}

export function lintCase(spec: LintCase): LintResult {
  const phase = spec.phase ?? 'expand';
  const setup = recording(
    SETUP_FILE,
    'Setup1700000000000',
    'expand',
    (spec.setup ?? []).map((sql) => ({ sql })),
    subjectSource(),
  );
  const subject = {
    ...recording(SUBJECT_FILE, SUBJECT_CLASS, phase, spec.steps ?? [], spec.source ?? subjectSource(phase)),
    ...spec.migration,
  };
  const target = parseMysqlVersion(spec.target ?? '8.0.28');
  if (!target) {
    throw new Error(`bad target ${spec.target ?? ''}`);
  }
  const manifests = (spec.manifests ?? []).map((manifest) => {
    const release = typeof manifest === 'object' && manifest !== null && 'release' in manifest ? String(manifest.release) : 'unnamed';
    return readManifest(`/virtual/deprecations/${release}.json`, JSON.stringify(manifest));
  });
  const result = lint({ migrations: [setup, subject], index: spec.index, dataSource: spec.dataSource, manifests, target });
  const mine = (finding: Finding): boolean => finding.file !== SETUP_FILE;
  return { findings: result.findings.filter(mine), overridden: result.overridden.filter(mine) };
}

export function ruleIds(findings: readonly Finding[]): string[] {
  return [...new Set(findings.map((finding) => finding.ruleId))].sort();
}
