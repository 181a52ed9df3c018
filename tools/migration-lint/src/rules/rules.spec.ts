import { describe, expect, it } from 'vitest';
import { lintCase } from '../testing/lint-case.ts';
import type { RuleCase } from '../testing/rule-case.ts';
import { COLUMN_CASES } from './columns/columns.cases.ts';
import { CONTRACT_CASES } from './contract/contract.cases.ts';
import { DATA_SOURCE_CASES } from './data-source/data-source.cases.ts';
import { RULES } from './index.ts';
import { ONLINE_DDL_CASES } from './online-ddl/online-ddl.cases.ts';
import { STATEMENT_CASES } from './statements/statements.cases.ts';
import { STRUCTURE_CASES } from './structure/structure.cases.ts';
import { TABLE_CASES } from './tables/tables.cases.ts';

const CASES: readonly RuleCase[] = [
  ...STRUCTURE_CASES,
  ...DATA_SOURCE_CASES,
  ...CONTRACT_CASES,
  ...ONLINE_DDL_CASES,
  ...COLUMN_CASES,
  ...TABLE_CASES,
  ...STATEMENT_CASES,
];

describe.each(CASES)('$rule $name', (ruleCase) => {
  it('refuses the unsafe form, naming the safe alternative', () => {
    const findings = lintCase(ruleCase.bad).findings.filter((finding) => finding.ruleId === ruleCase.rule);
    expect(findings.map((finding) => finding.ruleId)).toContain(ruleCase.rule);
    expect(findings.map((finding) => finding.message).join('\n')).toContain(ruleCase.mentions);
  });

  it('accepts the safe form, with no finding from any rule', () => {
    expect(lintCase(ruleCase.good).findings).toEqual([]);
  });
});

describe('rule catalogue', () => {
  it('has at least 30 rules with unique PDnnn ids', () => {
    const ids = RULES.map((rule) => rule.id);
    expect(ids.length).toBeGreaterThanOrEqual(30);
    expect(new Set(ids).size).toBe(ids.length);
    ids.forEach((id) => expect(id).toMatch(/^PD\d{3}$/));
  });

  it('tests every checking rule in both forms here (meta rules are covered by lint.spec.ts)', () => {
    const checking = RULES.filter((rule) => rule.scope !== 'meta').map((rule) => rule.id);
    const tested = new Set(CASES.map((ruleCase) => ruleCase.rule));
    expect(checking.filter((id) => !tested.has(id))).toEqual([]);
  });

  it('has no case for a rule that does not exist', () => {
    const ids = new Set(RULES.map((rule) => rule.id));
    expect(CASES.map((ruleCase) => ruleCase.rule).filter((id) => !ids.has(id))).toEqual([]);
  });
});
