import type { ColumnDefinition } from './column-definition.ts';
import type { IndexDefinition, Statement } from './statement.ts';

// The schema as the migrations before a statement left it, rebuilt by replaying every
// migration from the first one (the repo holds them all). Rules ask it what a column
// was before a MODIFY, whether a table already existed, which charset it uses.
// MySQL column and index names are case-insensitive: they are keyed in lower case.

export interface TableModel {
  readonly name: string;
  readonly columns: ReadonlyMap<string, ColumnDefinition>;
  readonly indexes: ReadonlyMap<string, IndexDefinition>;
  readonly charset: string | undefined;
  readonly collation: string | undefined;
}

export interface SchemaView {
  table(name: string): TableModel | undefined;
  column(table: string, column: string): ColumnDefinition | undefined;
}

interface MutableTable {
  name: string;
  columns: Map<string, ColumnDefinition>;
  indexes: Map<string, IndexDefinition>;
  charset: string | undefined;
  collation: string | undefined;
}

const key = (name: string): string => name.toLowerCase();

export class SchemaModel implements SchemaView {
  private readonly tables = new Map<string, MutableTable>();

  table(name: string): TableModel | undefined {
    return this.tables.get(name);
  }

  column(table: string, column: string): ColumnDefinition | undefined {
    return this.tables.get(table)?.columns.get(key(column));
  }

  apply(statement: Statement): void {
    switch (statement.kind) {
      case 'create-table':
        this.createTable(statement);
        return;
      case 'alter-table':
        this.alterTable(statement.table, statement.actions);
        return;
      case 'create-index':
        this.addIndex(statement.table, statement.index);
        return;
      case 'drop-index':
        this.tables.get(statement.table)?.indexes.delete(key(statement.name));
        return;
      case 'drop-table':
        statement.tables.forEach((table) => this.tables.delete(table));
        return;
      case 'rename-table':
        statement.pairs.forEach(([from, to]) => this.renameTable(from, to));
        return;
      // Data, session and metadata statements leave the schema as it is.
      case 'truncate':
      case 'drop-database':
      case 'set':
      case 'update':
      case 'delete':
      case 'insert':
      case 'metadata-read':
      case 'data-read':
      case 'other':
        return;
    }
  }

  private createTable(statement: Extract<Statement, { kind: 'create-table' }>): void {
    if (this.tables.has(statement.table) || statement.copiedFrom !== undefined) {
      return;
    }
    const table: MutableTable = {
      name: statement.table,
      columns: new Map(statement.columns.map((column) => [key(column.name), column])),
      indexes: new Map(),
      charset: statement.charset,
      collation: statement.collation,
    };
    this.tables.set(statement.table, table);
    statement.indexes.forEach((index) => this.addIndex(statement.table, index));
    for (const column of statement.columns) {
      if (column.primaryKey) {
        this.addIndex(statement.table, { name: 'PRIMARY', kind: 'primary', columns: [column.name] });
      }
    }
  }

  private addIndex(tableName: string, index: IndexDefinition): void {
    const table = this.tables.get(tableName);
    if (table) {
      const name = index.kind === 'primary' ? 'primary' : key(index.name ?? index.columns[0] ?? '?');
      table.indexes.set(name, index);
    }
  }

  private renameTable(from: string, to: string): void {
    const table = this.tables.get(from);
    if (table) {
      this.tables.delete(from);
      this.tables.set(to, { ...table, name: to });
    }
  }

  private alterTable(tableName: string, actions: Extract<Statement, { kind: 'alter-table' }>['actions']): void {
    for (const action of actions) {
      const table = this.tables.get(tableName);
      if (!table) {
        return;
      }
      switch (action.type) {
        case 'add-column':
          table.columns.set(key(action.column.name), action.column);
          break;
        case 'drop-column':
          table.columns.delete(key(action.column));
          break;
        case 'modify-column':
          table.columns.delete(key(action.from));
          table.columns.set(key(action.column.name), action.column);
          break;
        case 'rename-column': {
          const column = table.columns.get(key(action.from));
          if (column) {
            table.columns.delete(key(action.from));
            table.columns.set(key(action.to), { ...column, name: action.to });
          }
          break;
        }
        case 'rename-table':
          this.renameTable(tableName, action.to);
          return this.alterTable(action.to, actions.slice(actions.indexOf(action) + 1));
        case 'add-index':
          this.addIndex(tableName, action.index);
          break;
        case 'drop-index':
          table.indexes.delete(key(action.name));
          break;
        case 'drop-primary-key':
          table.indexes.delete('primary');
          break;
        case 'table-option':
          if (action.option === 'charset') {
            table.charset = action.value;
          } else if (action.option === 'collation') {
            table.collation = action.value;
          }
          break;
        // Constraints and partitions do not change what rules ask about columns and indexes.
        case 'add-foreign-key':
        case 'drop-foreign-key':
        case 'add-check':
        case 'drop-constraint':
        case 'partition':
        case 'unknown':
          break;
      }
    }
  }
}
