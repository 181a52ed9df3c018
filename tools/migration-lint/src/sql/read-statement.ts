import { columnName, field, isNode, list, lowerText, text } from './ast-reader.ts';
import { readColumnDefinition } from './column-definition.ts';
import type { ColumnDefinition } from './column-definition.ts';
import type {
  AlterAction,
  CreateTableStatement,
  ForeignKeyDefinition,
  IndexDefinition,
  IndexKind,
  OnlineClauses,
  Statement,
  TableOption,
} from './statement.ts';

// node-sql-parser's MySQL AST -> the linter's statements. Anything not recognised
// becomes `other` or an `unknown` ALTER clause, which a rule refuses (PD054).

const METADATA_SCHEMAS = new Set(['information_schema', 'performance_schema']);

function tableName(node: unknown): string {
  return text(node, 'table') ?? '?';
}

function indexKindFromKeyword(keyword: string | undefined): IndexKind {
  if (keyword?.startsWith('fulltext')) {
    return 'fulltext';
  }
  if (keyword?.startsWith('spatial')) {
    return 'spatial';
  }
  if (keyword?.startsWith('unique')) {
    return 'unique';
  }
  return 'plain';
}

function indexColumns(nodes: readonly unknown[]): string[] {
  return nodes.map((node) => columnName(node) ?? '?');
}

type ConstraintReading =
  | { readonly type: 'index'; readonly index: IndexDefinition }
  | { readonly type: 'foreign-key'; readonly foreignKey: ForeignKeyDefinition }
  | { readonly type: 'check' }
  | { readonly type: 'unknown'; readonly description: string };

/** Index, key and constraint elements look alike in CREATE TABLE and ALTER ... ADD. */
function readConstraint(node: unknown): ConstraintReading {
  const resource = lowerText(node, 'resource');
  if (resource === 'index') {
    return {
      type: 'index',
      index: {
        name: text(node, 'index'),
        kind: indexKindFromKeyword(lowerText(node, 'keyword')),
        columns: indexColumns(list(node, 'definition')),
      },
    };
  }
  const constraintType = lowerText(node, 'constraint_type');
  const name = text(node, 'index') ?? text(node, 'constraint');
  const columns = indexColumns(list(node, 'definition'));
  if (constraintType === 'primary key') {
    return { type: 'index', index: { name: 'PRIMARY', kind: 'primary', columns } };
  }
  if (constraintType?.startsWith('unique')) {
    return { type: 'index', index: { name, kind: 'unique', columns } };
  }
  if (constraintType === 'foreign key') {
    const references = text(list(field(node, 'reference_definition'), 'table')[0], 'table');
    return { type: 'foreign-key', foreignKey: { name, references } };
  }
  if (constraintType === 'check') {
    return { type: 'check' };
  }
  return { type: 'unknown', description: `${constraintType ?? resource ?? 'constraint'}` };
}

const TABLE_OPTIONS: Readonly<Record<string, TableOption>> = {
  engine: 'engine',
  row_format: 'row_format',
  key_block_size: 'key_block_size',
  'character set': 'charset',
  'default character set': 'charset',
  charset: 'charset',
  'default charset': 'charset',
  collate: 'collation',
  'default collate': 'collation',
  auto_increment: 'auto_increment',
  comment: 'comment',
};

function optionValue(node: unknown, key: string): string {
  const value = field(node, key);
  if (typeof value === 'string' || typeof value === 'number') {
    return String(value).toLowerCase();
  }
  return String(field(value, 'value') ?? '').toLowerCase();
}

function position(node: unknown): 'FIRST' | 'AFTER' | undefined {
  const keyword = text(field(node, 'suffix'), 'keyword')?.toUpperCase();
  return keyword === 'FIRST' || keyword === 'AFTER' ? keyword : undefined;
}

function describe(node: unknown): string {
  return [text(node, 'action'), text(node, 'resource'), text(node, 'keyword')].filter(Boolean).join(' ') || 'clause';
}

function readAlterAction(node: unknown): AlterAction | undefined {
  const action = lowerText(node, 'action');
  const resource = lowerText(node, 'resource');
  if (resource === 'algorithm' || resource === 'lock') {
    return undefined;
  }
  if (action === 'add' && resource === 'column') {
    const column = readColumnDefinition(node);
    return column ? { type: 'add-column', column, position: position(node) } : { type: 'unknown', description: describe(node) };
  }
  if (action === 'add' && (resource === 'index' || resource === 'constraint')) {
    const constraint = readConstraint(resource === 'index' ? node : field(node, 'create_definitions'));
    switch (constraint.type) {
      case 'index':
        return { type: 'add-index', index: constraint.index };
      case 'foreign-key':
        return { type: 'add-foreign-key', foreignKey: constraint.foreignKey };
      case 'check':
        return { type: 'add-check' };
      case 'unknown':
        return { type: 'unknown', description: `add ${constraint.description}` };
    }
  }
  if ((action === 'modify' || action === 'change') && resource === 'column') {
    const column = readColumnDefinition(node);
    const from = action === 'change' ? columnName(field(node, 'old_column')) : column?.name;
    return column && from
      ? { type: 'modify-column', from, column, position: position(node) }
      : { type: 'unknown', description: describe(node) };
  }
  if (action === 'rename' && resource === 'column') {
    return { type: 'rename-column', from: columnName(field(node, 'old_column')) ?? '?', to: columnName(field(node, 'column')) ?? '?' };
  }
  if (action === 'rename' && resource === 'table') {
    return { type: 'rename-table', to: text(node, 'table') ?? '?' };
  }
  if (action === 'drop') {
    const keyword = lowerText(node, 'keyword');
    if (resource === 'column') {
      return { type: 'drop-column', column: columnName(field(node, 'column')) ?? '?' };
    }
    if (resource === 'index') {
      return { type: 'drop-index', name: text(node, 'index') ?? '?' };
    }
    if (resource === 'key' && keyword === 'primary key') {
      return { type: 'drop-primary-key' };
    }
    if (resource === 'key' && keyword === 'foreign key') {
      return { type: 'drop-foreign-key', name: text(node, 'key') ?? '?' };
    }
    if (resource === 'key') {
      return { type: 'drop-index', name: text(node, 'key') ?? '?' };
    }
    if (resource === 'constraint') {
      return { type: 'drop-constraint', name: text(node, 'constraint') ?? '?' };
    }
  }
  if (resource === 'partition' || resource?.includes('partition')) {
    return { type: 'partition' };
  }
  const option = resource === undefined ? undefined : TABLE_OPTIONS[resource];
  if (option !== undefined && action === undefined) {
    return { type: 'table-option', option, value: optionValue(node, resource ?? '') };
  }
  return { type: 'unknown', description: describe(node) };
}

function readOnlineClauses(nodes: readonly unknown[]): OnlineClauses {
  let algorithm: string | undefined;
  let lock: string | undefined;
  for (const node of nodes) {
    const resource = lowerText(node, 'resource');
    if (resource === 'algorithm') {
      algorithm = text(node, 'algorithm')?.toUpperCase();
    } else if (resource === 'lock') {
      lock = text(node, 'lock')?.toUpperCase();
    }
  }
  return { algorithm, lock };
}

function readCreateTable(ast: unknown): CreateTableStatement {
  const columns: ColumnDefinition[] = [];
  const indexes: IndexDefinition[] = [];
  const foreignKeys: ForeignKeyDefinition[] = [];
  let checks = 0;
  for (const element of list(ast, 'create_definitions')) {
    if (lowerText(element, 'resource') === 'column') {
      const column = readColumnDefinition(element);
      if (column) {
        columns.push(column);
        if (column.references) {
          foreignKeys.push({ name: undefined, references: column.references });
        }
      }
      continue;
    }
    const constraint = readConstraint(element);
    if (constraint.type === 'index') {
      indexes.push(constraint.index);
    } else if (constraint.type === 'foreign-key') {
      foreignKeys.push(constraint.foreignKey);
    } else if (constraint.type === 'check') {
      checks += 1;
    }
  }
  let engine: string | undefined;
  let charset: string | undefined;
  let collation: string | undefined;
  for (const option of list(ast, 'table_options')) {
    const keyword = lowerText(option, 'keyword');
    const value = optionValue(option, 'value');
    const kind = keyword === undefined ? undefined : TABLE_OPTIONS[keyword];
    if (kind === 'engine') {
      engine = value;
    } else if (kind === 'charset') {
      charset = value;
    } else if (kind === 'collation') {
      collation = value;
    }
  }
  return {
    kind: 'create-table',
    table: tableName(list(ast, 'table')[0]),
    ifNotExists: text(ast, 'if_not_exists') !== undefined,
    temporary: text(ast, 'temporary') !== undefined,
    copiedFrom: field(ast, 'like') ? 'like' : field(ast, 'query_expr') ? 'select' : undefined,
    columns,
    indexes,
    foreignKeys,
    checks,
    engine,
    charset,
    collation,
  };
}

function readCreate(ast: unknown): Statement {
  const keyword = lowerText(ast, 'keyword');
  if (keyword === 'table') {
    return readCreateTable(ast);
  }
  if (keyword === 'index') {
    return {
      kind: 'create-index',
      table: tableName(field(ast, 'table')),
      index: {
        name: text(ast, 'index'),
        kind: indexKindFromKeyword(lowerText(ast, 'index_type')),
        columns: indexColumns(list(ast, 'index_columns')),
      },
      ...readOnlineClauses([field(ast, 'algorithm_option'), field(ast, 'lock_option')]),
    };
  }
  return { kind: 'other', description: `CREATE ${keyword?.toUpperCase() ?? '?'}` };
}

function readDrop(ast: unknown): Statement {
  const keyword = lowerText(ast, 'keyword');
  if (keyword === 'table') {
    return { kind: 'drop-table', tables: list(ast, 'name').map(tableName), ifExists: lowerText(ast, 'prefix') === 'if exists' };
  }
  if (keyword === 'index') {
    return {
      kind: 'drop-index',
      table: tableName(field(ast, 'table')),
      name: columnName(field(ast, 'name')) ?? '?',
      ...readOnlineClauses(list(ast, 'options')),
    };
  }
  if (keyword === 'database' || keyword === 'schema') {
    return { kind: 'drop-database', name: String(field(ast, 'name')) };
  }
  return { kind: 'other', description: `DROP ${keyword?.toUpperCase() ?? '?'}` };
}

function variableName(assignment: unknown): string {
  const left = field(assignment, 'left');
  const name = text(left, 'name') ?? '?';
  const members = list(left, 'members').map(String);
  // `@@session.foreign_key_checks` parses as name 'session' with member 'foreign_key_checks'.
  if (['session', 'global', 'local', 'persist'].includes(name.toLowerCase()) && members[0] !== undefined) {
    return members[0].toLowerCase();
  }
  return name.toLowerCase();
}

function readSelect(ast: unknown): Statement {
  const from = list(ast, 'from');
  const tables = from.map((entry) => ({ db: lowerText(entry, 'db'), table: text(entry, 'table') }));
  if (tables.every((entry) => entry.db !== undefined && METADATA_SCHEMAS.has(entry.db))) {
    return { kind: 'metadata-read' };
  }
  return { kind: 'data-read', tables: tables.map((entry) => entry.table ?? '?') };
}

/** Turns one node-sql-parser statement into the linter's model. */
export function readStatement(ast: unknown): Statement {
  const type = lowerText(ast, 'type') ?? 'unknown';
  switch (type) {
    case 'create':
      return readCreate(ast);
    case 'alter': {
      const expr = list(ast, 'expr');
      const actions = expr.map(readAlterAction).filter((action): action is AlterAction => action !== undefined);
      return { kind: 'alter-table', table: tableName(list(ast, 'table')[0]), actions, ...readOnlineClauses(expr) };
    }
    case 'drop':
      return readDrop(ast);
    case 'rename':
      return {
        kind: 'rename-table',
        pairs: list(ast, 'table').map(
          (pair) => [tableName(Array.isArray(pair) ? pair[0] : undefined), tableName(Array.isArray(pair) ? pair[1] : undefined)] as const,
        ),
      };
    case 'truncate':
      return { kind: 'truncate', tables: list(ast, 'name').map(tableName) };
    case 'set':
      return { kind: 'set', variables: list(ast, 'expr').map(variableName) };
    case 'update':
      return { kind: 'update', tables: list(ast, 'table').map(tableName) };
    case 'delete':
      return { kind: 'delete', tables: list(ast, 'from').map(tableName) };
    case 'insert':
    case 'replace': {
      const prefix = lowerText(ast, 'prefix') ?? '';
      return {
        kind: 'insert',
        table: tableName(list(ast, 'table')[0]),
        replace: type === 'replace',
        fromSelect: lowerText(field(ast, 'values'), 'type') === 'select',
        ignoresDuplicates: prefix.includes('ignore') || isNode(field(ast, 'on_duplicate_update')),
      };
    }
    case 'select':
      return readSelect(ast);
    case 'show':
      return { kind: 'metadata-read' };
    default:
      return { kind: 'other', description: type.toUpperCase() };
  }
}
