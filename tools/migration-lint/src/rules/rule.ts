import type { DeprecationIndex } from '../deprecations/manifest.ts';
import type { Finding } from '../findings.ts';
import type { MigrationIndex, RecordedCall, RecordedMigration } from '../recorded.ts';
import type { SourceLocator } from '../source/source-locator.ts';
import type { MysqlVersion } from '../sql/mysql-version.ts';
import type { ParseOutcome } from '../sql/parse-sql.ts';
import type { SchemaView } from '../sql/schema-model.ts';
import type { Statement } from '../sql/statement.ts';

export type MigrationPhase = 'expand' | 'contract';

export interface MigrationFacts {
  readonly file: string;
  /** undefined when the migration declares no valid phase (PD001 reports that). */
  readonly phase: MigrationPhase | undefined;
  readonly className: string | undefined;
}

/** One queryRunner call, before its SQL is split into statements. */
export interface CallContext {
  readonly migration: MigrationFacts;
  readonly call: RecordedCall;
  /** undefined for helper calls (addColumn ...) and non-string SQL. */
  readonly parsed: ParseOutcome | undefined;
}

/** One parsed SQL statement of up(), with the schema as it was just before it. */
export interface StatementContext {
  readonly migration: MigrationFacts;
  readonly call: RecordedCall;
  readonly statement: Statement;
  readonly literals: readonly string[];
  readonly schema: SchemaView;
  /** Created earlier in this same migration: nothing reads or writes it yet. */
  isNewTable(table: string): boolean;
  readonly deprecations: DeprecationIndex;
  readonly target: MysqlVersion;
}

export interface MigrationContext {
  readonly migration: MigrationFacts;
  readonly recorded: RecordedMigration;
  readonly locator: SourceLocator;
}

export interface DataSourceFile {
  readonly file: string;
  readonly source: string;
}

export interface ProjectContext {
  readonly migrations: readonly RecordedMigration[];
  readonly index: MigrationIndex | undefined;
  readonly dataSource: DataSourceFile | undefined;
}

export interface LineReport {
  readonly line: number;
  readonly message: string;
}

interface RuleInfo {
  /** PD + three digits; stable once published (override comments name it). */
  readonly id: string;
  /** One line: what is refused and what to do instead. */
  readonly title: string;
}

export type Rule =
  | (RuleInfo & { readonly scope: 'call'; check(context: CallContext): readonly string[] })
  | (RuleInfo & { readonly scope: 'statement'; check(context: StatementContext): readonly string[] })
  | (RuleInfo & { readonly scope: 'migration'; check(context: MigrationContext): readonly LineReport[] })
  | (RuleInfo & { readonly scope: 'project'; check(context: ProjectContext): readonly Finding[] })
  /** Reported by the pipeline itself (manifests, override directives). */
  | (RuleInfo & { readonly scope: 'meta' });

export type StatementOf<K extends Statement['kind']> = Extract<Statement, { kind: K }>;
