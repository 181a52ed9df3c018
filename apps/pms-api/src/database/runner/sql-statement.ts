import mysqlGrammar from 'node-sql-parser/build/mysql.js';

// What the runner needs to know about one SQL statement before it sends it: what kind it
// is (a guard's read passes through, a DDL is a journaled step), the ALGORITHM/LOCK it
// asserts, and what information_schema shows once it ran (its postcondition), so a rerun
// after a crash can tell "already applied" from "still to do". Parsed with the MySQL
// grammar of node-sql-parser, the linter's parser: production is Aurora MySQL 3.

const parser = new mysqlGrammar.Parser();

export type SchemaFact =
  | { readonly kind: 'table'; readonly table: string }
  | { readonly kind: 'column'; readonly table: string; readonly column: string }
  | { readonly kind: 'index'; readonly table: string; readonly index: string }
  | { readonly kind: 'constraint'; readonly table: string; readonly constraint: string };

/** A fact a statement makes true (present) or false (absent). */
export interface SchemaEffect {
  readonly fact: SchemaFact;
  readonly present: boolean;
}

export type StatementKind =
  | 'metadata-read'
  | 'data-read'
  | 'create-table'
  | 'alter-table'
  | 'create-index'
  | 'drop-index'
  | 'drop-table'
  | 'rename-table'
  | 'insert'
  | 'copy-rows'
  | 'update'
  | 'delete'
  | 'set'
  | 'truncate'
  | 'drop-database'
  | 'other';

export interface RunnerStatement {
  readonly kind: StatementKind;
  /** "ALTER TABLE reservations", for messages. */
  readonly label: string;
  /** Upper case as written; undefined when the statement names none. */
  readonly algorithm: string | undefined;
  readonly lock: string | undefined;
  /** What information_schema shows once it ran; empty when nothing can be derived (MODIFY). */
  readonly effects: readonly SchemaEffect[];
  /** What must exist before it can run: the table an ALTER changes. */
  readonly requires: readonly SchemaFact[];
  /** Drops or renames something release N-1 may still use: contract only. */
  readonly destructive: boolean;
}

export type ParsedSql = { readonly ok: true; readonly statements: readonly RunnerStatement[] } | { readonly ok: false; readonly error: string };

type Node = Readonly<Record<string, unknown>>;
const isNode = (value: unknown): value is Node => typeof value === 'object' && value !== null && !Array.isArray(value);
const field = (node: unknown, key: string): unknown => (isNode(node) ? node[key] : undefined);
const text = (node: unknown, key: string): string | undefined => {
  const value = field(node, key);
  return typeof value === 'string' ? value : undefined;
};
const lower = (node: unknown, key: string): string | undefined => text(node, key)?.toLowerCase();
const list = (node: unknown, key: string): readonly unknown[] => {
  const value = field(node, key);
  return Array.isArray(value) ? value : [];
};
/** `{ column: 'name' }`, or `{ column: { expr: { value } } }` for quoted names. */
const columnName = (ref: unknown): string => {
  const column = field(ref, 'column');
  return typeof column === 'string' ? column : (text(field(column, 'expr'), 'value') ?? '?');
};
const tableOf = (node: unknown): string => text(node, 'table') ?? '?';

const METADATA_SCHEMAS = new Set(['information_schema', 'performance_schema']);

function simple(kind: StatementKind, label: string): RunnerStatement {
  return { kind, label, algorithm: undefined, lock: undefined, effects: [], requires: [], destructive: false };
}

const present = (fact: SchemaFact): SchemaEffect => ({ fact, present: true });
const absent = (fact: SchemaFact): SchemaEffect => ({ fact, present: false });

interface ActionReading {
  readonly effects: readonly SchemaEffect[];
  readonly destructive: boolean;
}

/** Effects of an ADD CONSTRAINT / ADD PRIMARY KEY / ADD UNIQUE clause. */
function addConstraint(table: string, definition: unknown): ActionReading {
  const type = lower(definition, 'constraint_type') ?? '';
  const name = text(definition, 'index') ?? text(definition, 'constraint');
  if (type === 'primary key') {
    return { effects: [present({ kind: 'index', table, index: 'PRIMARY' })], destructive: false };
  }
  if (type.startsWith('unique') && name) {
    return { effects: [present({ kind: 'index', table, index: name })], destructive: false };
  }
  if (type === 'foreign key' && name) {
    return { effects: [present({ kind: 'constraint', table, constraint: name })], destructive: false };
  }
  return { effects: [], destructive: false };
}

function readAlterAction(table: string, node: unknown): ActionReading {
  const action = lower(node, 'action');
  const resource = lower(node, 'resource');
  const none: ActionReading = { effects: [], destructive: false };
  if (action === 'add' && resource === 'column') {
    return { effects: [present({ kind: 'column', table, column: columnName(field(node, 'column')) })], destructive: false };
  }
  if (action === 'add' && resource === 'index') {
    const name = text(node, 'index');
    return name ? { effects: [present({ kind: 'index', table, index: name })], destructive: false } : none;
  }
  if (action === 'add' && resource === 'constraint') {
    return addConstraint(table, field(node, 'create_definitions'));
  }
  if ((action === 'rename' || action === 'change') && resource === 'column') {
    const from = columnName(field(node, 'old_column'));
    const to = columnName(field(node, 'column'));
    if (from.toLowerCase() === to.toLowerCase()) {
      return none; // CHANGE c c <type>: a MODIFY, whose result information_schema cannot confirm simply
    }
    const effects = [present({ kind: 'column', table, column: to }), absent({ kind: 'column', table, column: from })];
    return { effects, destructive: true };
  }
  if (action === 'rename' && resource === 'table') {
    const to = text(node, 'table') ?? '?';
    return { effects: [present({ kind: 'table', table: to }), absent({ kind: 'table', table })], destructive: true };
  }
  if (action === 'drop') {
    const keyword = lower(node, 'keyword');
    if (resource === 'column') {
      return { effects: [absent({ kind: 'column', table, column: columnName(field(node, 'column')) })], destructive: true };
    }
    if (resource === 'index' || (resource === 'key' && keyword !== 'primary key' && keyword !== 'foreign key')) {
      const index = text(node, resource === 'index' ? 'index' : 'key') ?? '?';
      return { effects: [absent({ kind: 'index', table, index })], destructive: true };
    }
    if (resource === 'key' && keyword === 'primary key') {
      return { effects: [absent({ kind: 'index', table, index: 'PRIMARY' })], destructive: true };
    }
    if (resource === 'key' && keyword === 'foreign key') {
      return { effects: [absent({ kind: 'constraint', table, constraint: text(node, 'key') ?? '?' })], destructive: false };
    }
  }
  return none;
}

function onlineClauses(nodes: readonly unknown[]): { algorithm: string | undefined; lock: string | undefined } {
  let algorithm: string | undefined;
  let lock: string | undefined;
  for (const node of nodes) {
    const resource = lower(node, 'resource');
    if (resource === 'algorithm') {
      algorithm = text(node, 'algorithm')?.toUpperCase();
    } else if (resource === 'lock') {
      lock = text(node, 'lock')?.toUpperCase();
    }
  }
  return { algorithm, lock };
}

function readAlter(ast: unknown): RunnerStatement {
  const table = tableOf(list(ast, 'table')[0]);
  const clauses = list(ast, 'expr');
  const actions = clauses.filter((node) => !['algorithm', 'lock'].includes(lower(node, 'resource') ?? '')).map((node) => readAlterAction(table, node));
  return {
    kind: 'alter-table',
    label: `ALTER TABLE ${table}`,
    ...onlineClauses(clauses),
    effects: actions.flatMap((action) => action.effects),
    requires: [{ kind: 'table', table }],
    destructive: actions.some((action) => action.destructive),
  };
}

function readCreate(ast: unknown): RunnerStatement {
  const keyword = lower(ast, 'keyword');
  if (keyword === 'table') {
    const table = tableOf(list(ast, 'table')[0]);
    if (field(ast, 'query_expr')) {
      return simple('copy-rows', `CREATE TABLE ${table} AS SELECT`);
    }
    return { ...simple('create-table', `CREATE TABLE ${table}`), effects: [present({ kind: 'table', table })] };
  }
  if (keyword === 'index') {
    const table = tableOf(field(ast, 'table'));
    const index = text(ast, 'index') ?? '?';
    return {
      kind: 'create-index',
      label: `CREATE INDEX ${index} ON ${table}`,
      ...onlineClauses([field(ast, 'algorithm_option'), field(ast, 'lock_option')]),
      effects: [present({ kind: 'index', table, index })],
      requires: [{ kind: 'table', table }],
      destructive: false,
    };
  }
  return simple('other', `CREATE ${keyword?.toUpperCase() ?? '?'}`);
}

function readDrop(ast: unknown): RunnerStatement {
  const keyword = lower(ast, 'keyword');
  if (keyword === 'table') {
    const tables = list(ast, 'name').map(tableOf);
    const effects = tables.map((table) => absent({ kind: 'table', table }));
    return { ...simple('drop-table', `DROP TABLE ${tables.join(', ')}`), effects, destructive: true };
  }
  if (keyword === 'index') {
    const table = tableOf(field(ast, 'table'));
    const index = columnName(field(ast, 'name'));
    return {
      kind: 'drop-index',
      label: `DROP INDEX ${index} ON ${table}`,
      ...onlineClauses(list(ast, 'options')),
      effects: [absent({ kind: 'index', table, index })],
      requires: [{ kind: 'table', table }],
      destructive: true,
    };
  }
  if (keyword === 'database' || keyword === 'schema') {
    return simple('drop-database', 'DROP DATABASE');
  }
  return simple('other', `DROP ${keyword?.toUpperCase() ?? '?'}`);
}

function readRename(ast: unknown): RunnerStatement {
  const pairs = list(ast, 'table').map((pair) => (Array.isArray(pair) ? [tableOf(pair[0]), tableOf(pair[1])] : ['?', '?']));
  const effects = pairs.flatMap(([from = '?', to = '?']) => [present({ kind: 'table', table: to }), absent({ kind: 'table', table: from })]);
  return { ...simple('rename-table', `RENAME TABLE ${pairs.map((pair) => pair.join(' TO ')).join(', ')}`), effects, destructive: true };
}

function readSelect(ast: unknown): RunnerStatement {
  const from = list(ast, 'from');
  const metadataOnly = from.every((entry) => METADATA_SCHEMAS.has(lower(entry, 'db') ?? ''));
  return metadataOnly ? simple('metadata-read', 'metadata query') : simple('data-read', `SELECT FROM ${from.map(tableOf).join(', ')}`);
}

function readInsert(ast: unknown, type: string): RunnerStatement {
  const table = tableOf(list(ast, 'table')[0]);
  const copies = type === 'replace' || lower(field(ast, 'values'), 'type') === 'select';
  return simple(copies ? 'copy-rows' : 'insert', `${type.toUpperCase()} INTO ${table}`);
}

function readStatement(ast: unknown): RunnerStatement {
  const type = lower(ast, 'type') ?? 'unknown';
  switch (type) {
    case 'alter':
      return readAlter(ast);
    case 'create':
      return readCreate(ast);
    case 'drop':
      return readDrop(ast);
    case 'rename':
      return readRename(ast);
    case 'select':
      return readSelect(ast);
    case 'show':
      return simple('metadata-read', 'SHOW');
    case 'insert':
    case 'replace':
      return readInsert(ast, type);
    case 'update':
      return simple('update', `UPDATE ${list(ast, 'table').map(tableOf).join(', ')}`);
    case 'delete':
      return simple('delete', `DELETE FROM ${list(ast, 'from').map(tableOf).join(', ')}`);
    case 'set':
      return simple('set', 'SET');
    case 'truncate':
      return simple('truncate', `TRUNCATE ${list(ast, 'name').map(tableOf).join(', ')}`);
    default:
      return simple('other', type.toUpperCase());
  }
}

const cache = new Map<string, ParsedSql>();

export function parseSql(sql: string): ParsedSql {
  const cached = cache.get(sql);
  if (cached) {
    return cached;
  }
  let parsed: ParsedSql;
  try {
    const ast: unknown = parser.astify(sql, { database: 'MySQL' });
    const nodes = (Array.isArray(ast) ? ast : [ast]).filter((node) => node !== null && node !== undefined);
    parsed = { ok: true, statements: nodes.map(readStatement) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    parsed = { ok: false, error: message.split('\n')[0]?.slice(0, 160) ?? 'parse error' };
  }
  cache.set(sql, parsed);
  return parsed;
}

/** The statement `sql` holds, when it holds exactly one that parses. */
export function singleStatement(sql: string): RunnerStatement | undefined {
  const parsed = parseSql(sql);
  return parsed.ok && parsed.statements.length === 1 ? parsed.statements[0] : undefined;
}

/** A read passes straight through to the database; everything else is a journaled step. */
export function isRead(sql: string): boolean {
  const kind = singleStatement(sql)?.kind;
  return kind === 'metadata-read' || kind === 'data-read';
}

export function describeFact(fact: SchemaFact): string {
  switch (fact.kind) {
    case 'table':
      return `table ${fact.table}`;
    case 'column':
      return `column ${fact.table}.${fact.column}`;
    case 'index':
      return `index ${fact.index} on ${fact.table}`;
    case 'constraint':
      return `constraint ${fact.constraint} on ${fact.table}`;
  }
}
