import type { ColumnDefinition } from './column-definition.ts';

export type IndexKind = 'plain' | 'unique' | 'fulltext' | 'spatial' | 'primary';

export interface IndexDefinition {
  readonly name: string | undefined;
  readonly kind: IndexKind;
  readonly columns: readonly string[];
}

export interface ForeignKeyDefinition {
  readonly name: string | undefined;
  readonly references: string | undefined;
}

export type TableOption = 'engine' | 'row_format' | 'key_block_size' | 'charset' | 'collation' | 'auto_increment' | 'comment';

/** One clause of an ALTER TABLE, in the linter's own words. */
export type AlterAction =
  | { readonly type: 'add-column'; readonly column: ColumnDefinition; readonly position: 'FIRST' | 'AFTER' | undefined }
  | { readonly type: 'drop-column'; readonly column: string }
  | {
      readonly type: 'modify-column';
      /** MODIFY keeps the name; CHANGE old new may rename. */
      readonly from: string;
      readonly column: ColumnDefinition;
      readonly position: 'FIRST' | 'AFTER' | undefined;
    }
  | { readonly type: 'rename-column'; readonly from: string; readonly to: string }
  | { readonly type: 'rename-table'; readonly to: string }
  | { readonly type: 'add-index'; readonly index: IndexDefinition }
  | { readonly type: 'drop-index'; readonly name: string }
  | { readonly type: 'drop-primary-key' }
  | { readonly type: 'add-foreign-key'; readonly foreignKey: ForeignKeyDefinition }
  | { readonly type: 'drop-foreign-key'; readonly name: string }
  | { readonly type: 'add-check' }
  | { readonly type: 'drop-constraint'; readonly name: string }
  | { readonly type: 'table-option'; readonly option: TableOption; readonly value: string }
  | { readonly type: 'partition' }
  | { readonly type: 'unknown'; readonly description: string };

export interface OnlineClauses {
  /** Upper case as written, e.g. INSTANT; undefined when the statement names none. */
  readonly algorithm: string | undefined;
  readonly lock: string | undefined;
}

export interface CreateTableStatement {
  readonly kind: 'create-table';
  readonly table: string;
  readonly ifNotExists: boolean;
  readonly temporary: boolean;
  /** CREATE TABLE ... LIKE / AS SELECT: the definition is not written out. */
  readonly copiedFrom: 'like' | 'select' | undefined;
  readonly columns: readonly ColumnDefinition[];
  readonly indexes: readonly IndexDefinition[];
  readonly foreignKeys: readonly ForeignKeyDefinition[];
  readonly checks: number;
  readonly engine: string | undefined;
  readonly charset: string | undefined;
  readonly collation: string | undefined;
}

export type Statement =
  | CreateTableStatement
  | ({ readonly kind: 'alter-table'; readonly table: string; readonly actions: readonly AlterAction[] } & OnlineClauses)
  | ({ readonly kind: 'create-index'; readonly table: string; readonly index: IndexDefinition } & OnlineClauses)
  | ({ readonly kind: 'drop-index'; readonly table: string; readonly name: string } & OnlineClauses)
  | { readonly kind: 'drop-table'; readonly tables: readonly string[]; readonly ifExists: boolean }
  | { readonly kind: 'rename-table'; readonly pairs: readonly (readonly [string, string])[] }
  | { readonly kind: 'truncate'; readonly tables: readonly string[] }
  | { readonly kind: 'drop-database'; readonly name: string }
  | { readonly kind: 'set'; readonly variables: readonly string[] }
  | { readonly kind: 'update'; readonly tables: readonly string[] }
  | { readonly kind: 'delete'; readonly tables: readonly string[] }
  | {
      readonly kind: 'insert';
      readonly table: string;
      readonly replace: boolean;
      readonly fromSelect: boolean;
      readonly ignoresDuplicates: boolean;
    }
  /** SELECT / SHOW that reads only metadata (information_schema, SHOW, @@version). */
  | { readonly kind: 'metadata-read' }
  | { readonly kind: 'data-read'; readonly tables: readonly string[] }
  | { readonly kind: 'other'; readonly description: string };

/** The table a statement changes, for guard matching and messages. */
export function targetTable(statement: Statement): string | undefined {
  switch (statement.kind) {
    case 'create-table':
    case 'alter-table':
    case 'create-index':
    case 'drop-index':
    case 'insert':
      return statement.table;
    case 'drop-table':
    case 'truncate':
    case 'update':
    case 'delete':
      return statement.tables[0];
    case 'rename-table':
      return statement.pairs[0]?.[0];
    case 'drop-database':
    case 'set':
    case 'metadata-read':
    case 'data-read':
    case 'other':
      return undefined;
  }
}

/** A short name for a statement in messages: "ALTER TABLE reservations", "CREATE INDEX ix ON t". */
export function describeStatement(statement: Statement): string {
  switch (statement.kind) {
    case 'create-table':
      return `CREATE TABLE ${statement.table}`;
    case 'alter-table':
      return `ALTER TABLE ${statement.table}`;
    case 'create-index':
      return `CREATE INDEX ${statement.index.name ?? ''} ON ${statement.table}`;
    case 'drop-index':
      return `DROP INDEX ${statement.name} ON ${statement.table}`;
    case 'drop-table':
      return `DROP TABLE ${statement.tables.join(', ')}`;
    case 'rename-table':
      return `RENAME TABLE ${statement.pairs.map(([from, to]) => `${from} TO ${to}`).join(', ')}`;
    case 'insert':
      return `${statement.replace ? 'REPLACE' : 'INSERT'} INTO ${statement.table}`;
    case 'truncate':
      return `TRUNCATE ${statement.tables.join(', ')}`;
    case 'drop-database':
      return `DROP DATABASE ${statement.name}`;
    case 'set':
      return `SET ${statement.variables.join(', ')}`;
    case 'update':
      return `UPDATE ${statement.tables.join(', ')}`;
    case 'delete':
      return `DELETE FROM ${statement.tables.join(', ')}`;
    case 'metadata-read':
      return 'metadata query';
    case 'data-read':
      return `SELECT FROM ${statement.tables.join(', ')}`;
    case 'other':
      return statement.description;
  }
}
