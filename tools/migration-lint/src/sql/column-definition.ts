import { columnName, field, isNode, list, lowerText, num, text } from './ast-reader.ts';

/** How a column's DEFAULT is written; only a constant is evaluated once and stored as metadata. */
export type DefaultKind = 'none' | 'null' | 'constant' | 'current-timestamp' | 'expression';

export interface ColumnDefinition {
  readonly name: string;
  /** Upper case, aliases folded (INTEGER -> INT, BOOLEAN -> TINYINT). */
  readonly dataType: string;
  readonly length: number | undefined;
  readonly scale: number | undefined;
  readonly unsigned: boolean;
  /** ENUM / SET members in declared order. */
  readonly members: readonly string[] | undefined;
  /** NOT NULL was written (a PRIMARY KEY column is NOT NULL too). */
  readonly notNull: boolean;
  readonly defaultKind: DefaultKind;
  readonly autoIncrement: boolean;
  readonly generated: 'stored' | 'virtual' | undefined;
  readonly charset: string | undefined;
  readonly collation: string | undefined;
  readonly primaryKey: boolean;
  readonly unique: boolean;
  /** Table named by an inline `REFERENCES t(col)`. */
  readonly references: string | undefined;
}

const TYPE_ALIASES: Readonly<Record<string, string>> = {
  INTEGER: 'INT',
  BOOL: 'TINYINT',
  BOOLEAN: 'TINYINT',
  DEC: 'DECIMAL',
  NUMERIC: 'DECIMAL',
  FIXED: 'DECIMAL',
  CHARACTER: 'CHAR',
};

const CURRENT_TIME_FUNCTIONS = new Set(['CURRENT_TIMESTAMP', 'NOW', 'LOCALTIME', 'LOCALTIMESTAMP']);
const CONSTANT_VALUE_TYPES = new Set([
  'number',
  'single_quote_string',
  'double_quote_string',
  'natural_string',
  'hex_string',
  'bit_string',
  'bool',
  'boolean',
]);

function functionName(value: unknown): string | undefined {
  const name = field(value, 'name');
  if (typeof name === 'string') {
    return name.toUpperCase();
  }
  const first = list(name, 'name')[0];
  return text(first, 'value')?.toUpperCase();
}

/**
 * `DEFAULT 'x'` and `DEFAULT 0` are constants; `DEFAULT ('x')` (parenthesised, MySQL
 * 8.0.13+) is an expression default even when its value is a literal.
 */
export function classifyDefault(defaultNode: unknown): DefaultKind {
  if (!isNode(defaultNode)) {
    return 'none';
  }
  const value = field(defaultNode, 'value');
  if (field(value, 'parentheses') === true) {
    return 'expression';
  }
  const type = text(value, 'type');
  if (type === 'null') {
    return 'null';
  }
  if (type !== undefined && CONSTANT_VALUE_TYPES.has(type)) {
    return 'constant';
  }
  if (type === 'unary_expr' && text(value, 'operator') === '-' && text(field(value, 'expr'), 'type') === 'number') {
    return 'constant';
  }
  if (type === 'function' && CURRENT_TIME_FUNCTIONS.has(functionName(value) ?? '')) {
    return 'current-timestamp';
  }
  // CURRENT_TIMESTAMP without parentheses parses as a bare keyword in some grammars.
  if ((type === 'default' || type === 'origin') && CURRENT_TIME_FUNCTIONS.has(String(field(value, 'value')).toUpperCase())) {
    return 'current-timestamp';
  }
  return 'expression';
}

function members(definition: unknown): string[] | undefined {
  const values = list(field(definition, 'expr'), 'value');
  if (values.length === 0) {
    return undefined;
  }
  return values.map((member) => String(field(member, 'value')));
}

function charsetOf(node: unknown): string | undefined {
  return lowerText(field(field(node, 'character_set'), 'value'), 'value');
}

function collationOf(node: unknown): string | undefined {
  return lowerText(field(field(node, 'collate'), 'collate'), 'name');
}

/** Reads a column definition from a CREATE TABLE element or an ALTER ADD/MODIFY/CHANGE action. */
export function readColumnDefinition(node: unknown): ColumnDefinition | undefined {
  const name = columnName(field(node, 'column'));
  const definition = field(node, 'definition');
  const rawType = text(definition, 'dataType')?.toUpperCase();
  if (name === undefined || rawType === undefined) {
    return undefined;
  }
  const suffix = list(definition, 'suffix').map((entry) => String(entry).toUpperCase());
  const primaryKey = field(node, 'primary_key') !== undefined && field(node, 'primary_key') !== null;
  const generatedStorage = lowerText(field(node, 'generated'), 'storage_type');
  return {
    name,
    dataType: TYPE_ALIASES[rawType] ?? rawType,
    length: num(definition, 'length'),
    scale: num(definition, 'scale'),
    unsigned: suffix.includes('UNSIGNED'),
    members: rawType === 'ENUM' || rawType === 'SET' ? members(definition) : undefined,
    notNull: lowerText(field(node, 'nullable'), 'type') === 'not null' || primaryKey,
    defaultKind: classifyDefault(field(node, 'default_val')),
    autoIncrement: field(node, 'auto_increment') !== undefined && field(node, 'auto_increment') !== null,
    generated:
      field(node, 'generated') === undefined || field(node, 'generated') === null
        ? undefined
        : generatedStorage === 'stored'
          ? 'stored'
          : 'virtual',
    charset: charsetOf(node),
    collation: collationOf(node),
    primaryKey,
    unique: field(node, 'unique') !== undefined && field(node, 'unique') !== null,
    references: text(list(field(node, 'reference_definition'), 'table')[0], 'table'),
  };
}

/** TEXT, BLOB, JSON and spatial types take no literal DEFAULT in MySQL 8 (only an expression). */
const NO_LITERAL_DEFAULT_TYPES = new Set([
  'TINYTEXT',
  'TEXT',
  'MEDIUMTEXT',
  'LONGTEXT',
  'TINYBLOB',
  'BLOB',
  'MEDIUMBLOB',
  'LONGBLOB',
  'JSON',
  'GEOMETRY',
  'POINT',
  'LINESTRING',
  'POLYGON',
  'MULTIPOINT',
  'MULTILINESTRING',
  'MULTIPOLYGON',
  'GEOMETRYCOLLECTION',
]);

export function takesNoLiteralDefault(column: ColumnDefinition): boolean {
  return NO_LITERAL_DEFAULT_TYPES.has(column.dataType);
}

/** Spells a type back for messages: VARCHAR(64), INT UNSIGNED, ENUM('a','b'). */
export function describeType(column: ColumnDefinition): string {
  const args = column.members
    ? `(${column.members.map((member) => `'${member}'`).join(',')})`
    : column.length === undefined
      ? ''
      : column.scale === undefined
        ? `(${column.length})`
        : `(${column.length},${column.scale})`;
  return `${column.dataType}${args}${column.unsigned ? ' UNSIGNED' : ''}`;
}
