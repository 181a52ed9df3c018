import { DeprecationIndex } from './deprecations/manifest.ts';
import type { DeprecationManifest, LoadedManifest } from './deprecations/manifest.ts';
import { compareFindings } from './findings.ts';
import type { Finding, OverriddenFinding } from './findings.ts';
import type { MigrationIndex, RecordedMigration } from './recorded.ts';
import { NOT_OVERRIDABLE, RULE_IDS, RULES } from './rules/index.ts';
import type { DataSourceFile, MigrationFacts, Rule } from './rules/rule.ts';
import { readOverrideDirectives } from './source/override-directives.ts';
import type { OverrideDirective } from './source/override-directives.ts';
import { locateDeclarations } from './source/source-locator.ts';
import type { MysqlVersion } from './sql/mysql-version.ts';
import { parseSql } from './sql/parse-sql.ts';
import { SchemaModel } from './sql/schema-model.ts';

export interface LintInput {
  /** Every migration, in the order they run (file-name order is timestamp order). */
  readonly migrations: readonly RecordedMigration[];
  readonly index: MigrationIndex | undefined;
  readonly dataSource: DataSourceFile | undefined;
  readonly manifests: readonly LoadedManifest[];
  readonly target: MysqlVersion;
}

export interface LintResult {
  readonly findings: readonly Finding[];
  readonly overridden: readonly OverriddenFinding[];
}

type ScopedRule<S extends Rule['scope']> = Extract<Rule, { scope: S }>;
const rulesOf = <S extends Rule['scope']>(scope: S): ScopedRule<S>[] => RULES.filter((rule): rule is ScopedRule<S> => rule.scope === scope);

function migrationFacts(recorded: RecordedMigration): MigrationFacts {
  const phase = recorded.phase === 'expand' || recorded.phase === 'contract' ? recorded.phase : undefined;
  return { file: recorded.file, phase, className: recorded.classNames[0] };
}

/** Replays every migration over one schema model, running each rule on what it sees. */
function lintMigrations(migrations: readonly RecordedMigration[], deprecations: DeprecationIndex, target: MysqlVersion): Finding[] {
  const findings: Finding[] = [];
  const schema = new SchemaModel();
  for (const recorded of migrations) {
    const migration = migrationFacts(recorded);
    const locator = locateDeclarations(recorded.file, recorded.source);
    const report = (ruleId: string, line: number) => (message: string) => findings.push({ file: recorded.file, line, ruleId, message });
    for (const rule of rulesOf('migration')) {
      rule.check({ migration, recorded, locator }).forEach(({ line, message }) => report(rule.id, line)(message));
    }
    const createdHere = new Set<string>();
    const isNewTable = (table: string): boolean => createdHere.has(table);
    for (const call of recorded.calls) {
      const parsed = call.method === 'query' && call.sql !== undefined ? parseSql(call.sql) : undefined;
      for (const rule of rulesOf('call')) {
        rule.check({ migration, call, parsed }).forEach(report(rule.id, call.line));
      }
      if (!parsed?.ok) {
        continue;
      }
      for (const { statement, literals } of parsed.statements) {
        for (const rule of rulesOf('statement')) {
          rule
            .check({ migration, call, statement, literals, schema, isNewTable, deprecations, target })
            .forEach(report(rule.id, call.line));
        }
        schema.apply(statement);
        if (statement.kind === 'create-table') {
          createdHere.add(statement.table);
        }
      }
    }
  }
  return findings;
}

function manifestFindings(manifests: readonly LoadedManifest[]): Finding[] {
  return manifests.flatMap((loaded) =>
    loaded.problems.map((problem) => ({ file: loaded.file, line: 1, ruleId: 'PD090', message: `deprecation manifest: ${problem}` })),
  );
}

interface OverrideOutcome {
  readonly findings: Finding[];
  readonly overridden: OverriddenFinding[];
}

/** Applies reviewed directives; malformed (PD091) and unused (PD092) ones are findings themselves. */
function applyOverrides(findings: readonly Finding[], directives: readonly OverrideDirective[]): OverrideOutcome {
  const valid = directives.filter((directive) => directive.problems.length === 0);
  const used = new Set<OverrideDirective>();
  const kept: Finding[] = [];
  const overridden: OverriddenFinding[] = [];
  for (const finding of findings) {
    const directive = valid.find(
      (candidate) =>
        candidate.file === finding.file &&
        candidate.ruleIds.includes(finding.ruleId) &&
        finding.line >= candidate.from &&
        finding.line <= candidate.to,
    );
    if (directive && !NOT_OVERRIDABLE.has(finding.ruleId)) {
      used.add(directive);
      overridden.push({ ...finding, reason: directive.reason, reviewer: directive.reviewer });
    } else {
      kept.push(finding);
    }
  }
  for (const directive of directives) {
    if (directive.problems.length > 0) {
      kept.push({
        file: directive.file,
        line: directive.line,
        ruleId: 'PD091',
        message: `override ${directive.problems.join('; ')}: write // migration-lint-disable PDxxx: <reason> (reviewed-by: <name>)`,
      });
    } else if (!used.has(directive)) {
      kept.push({
        file: directive.file,
        line: directive.line,
        ruleId: 'PD092',
        message: `override of ${directive.ruleIds.join(', ')} suppresses nothing (the code below it is fine now, or it is not directly above the statement): remove it`,
      });
    }
  }
  return { findings: kept, overridden };
}

export function lint(input: LintInput): LintResult {
  const manifests = input.manifests.flatMap((loaded): DeprecationManifest[] => (loaded.manifest ? [loaded.manifest] : []));
  const deprecations = new DeprecationIndex(manifests);
  const project = { migrations: input.migrations, index: input.index, dataSource: input.dataSource };
  const raw = [
    ...lintMigrations(input.migrations, deprecations, input.target),
    ...rulesOf('project').flatMap((rule) => rule.check(project)),
    ...manifestFindings(input.manifests),
  ];
  const rules = { known: RULE_IDS, notOverridable: NOT_OVERRIDABLE };
  const sources = [
    ...input.migrations.map(({ file, source }) => ({ file, source })),
    ...(input.index ? [{ file: input.index.file, source: input.index.source }] : []),
    ...(input.dataSource ? [input.dataSource] : []),
  ];
  const directives = sources.flatMap(({ file, source }) => readOverrideDirectives(file, source, rules));
  const { findings, overridden } = applyOverrides(raw, directives);
  return { findings: [...findings].sort(compareFindings), overridden: [...overridden].sort(compareFindings) };
}
