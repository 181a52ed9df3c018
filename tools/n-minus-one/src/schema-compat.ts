// The fast half of the N-1 proof: does the schema after release N's migrations still
// hold everything release N-1's entities map, in a shape N-1 can read and write?
// Pure: the entity side comes from TypeORM's metadata (src/database/entity-tables.ts),
// the schema side from information_schema (src/database/schema-columns.ts).

/** A column as release N-1's entity maps it (type already normalised by the driver). */
export interface MappedColumn {
  readonly name: string;
  readonly type: string;
  readonly length: number | undefined;
  /** Fractional seconds of DATETIME/TIMESTAMP/TIME. */
  readonly precision: number | undefined;
  readonly unsigned: boolean;
  readonly nullable: boolean;
  readonly enumValues: readonly string[] | undefined;
}

export interface MappedTable {
  readonly entity: string;
  readonly table: string;
  readonly columns: readonly MappedColumn[];
}

/** A column of the migrated schema, from information_schema.COLUMNS. */
export interface SchemaColumn {
  readonly table: string;
  readonly name: string;
  /** DATA_TYPE, lower case: varchar, bigint, longtext (MariaDB's JSON), ... */
  readonly dataType: string;
  /** COLUMN_TYPE, lower case: varchar(191), enum('a','b'), bigint(20) unsigned. */
  readonly columnType: string;
  readonly maxLength: number | null;
  readonly datetimePrecision: number | null;
  readonly nullable: boolean;
  readonly hasDefault: boolean;
  /** AUTO_INCREMENT or generated: the server fills it in. */
  readonly filledByServer: boolean;
}

export type FindingKind = 'missing-table' | 'missing-column' | 'type-changed' | 'narrowed' | 'now-not-null' | 'insert-would-fail';

export interface Finding {
  readonly kind: FindingKind;
  readonly table: string;
  readonly column: string | undefined;
  readonly message: string;
}

// Families whose members hold each other's values and come back as the same JS type.
// BIGINT is its own: mysql2 returns it as a string (bigNumberStrings), other integers as numbers.
const FAMILIES: Readonly<Record<string, string>> = {
  tinyint: 'integer',
  smallint: 'integer',
  mediumint: 'integer',
  int: 'integer',
  integer: 'integer',
  bigint: 'bigint',
  decimal: 'decimal',
  numeric: 'decimal',
  float: 'float',
  double: 'float',
  char: 'string',
  varchar: 'string',
  tinytext: 'string',
  text: 'string',
  mediumtext: 'string',
  longtext: 'string',
  json: 'json',
  enum: 'enum',
  set: 'set',
  binary: 'binary',
  varbinary: 'binary',
  tinyblob: 'binary',
  blob: 'binary',
  mediumblob: 'binary',
  longblob: 'binary',
  date: 'date',
  datetime: 'datetime',
  timestamp: 'datetime',
  time: 'time',
  year: 'year',
};

// Characters (strings) or bytes (binaries) a type without a declared length holds.
const IMPLICIT_CAPACITY: Readonly<Record<string, number>> = {
  tinytext: 255,
  text: 65_535,
  mediumtext: 16_777_215,
  longtext: 4_294_967_295,
  tinyblob: 255,
  blob: 65_535,
  mediumblob: 16_777_215,
  longblob: 4_294_967_295,
};

// Smallest to largest; a value fits every type at or after its own.
const INTEGER_ORDER = ['tinyint', 'smallint', 'mediumint', 'int', 'integer'];

function familyOf(type: string): string {
  return FAMILIES[type] ?? type;
}

/** MariaDB stores JSON as LONGTEXT (with a JSON_VALID check): the same column to N-1. */
function schemaFamily(column: SchemaColumn): string {
  return column.dataType === 'longtext' && column.columnType === 'longtext' ? 'json-or-string' : familyOf(column.dataType);
}

function enumValues(columnType: string): string[] {
  return [...columnType.matchAll(/'((?:[^']|'')*)'/g)].map((match) => (match[1] ?? '').replaceAll("''", "'"));
}

function capacity(type: string, length: number | null | undefined): number | undefined {
  return length ?? IMPLICIT_CAPACITY[type];
}

function shapeProblem(mapped: MappedColumn, actual: SchemaColumn): { kind: FindingKind; message: string } | undefined {
  const expected = familyOf(mapped.type);
  const found = schemaFamily(actual);
  const compatible = expected === found || (found === 'json-or-string' && (expected === 'json' || expected === 'string'));
  if (!compatible) {
    return { kind: 'type-changed', message: `N-1 maps ${mapped.type}, the schema has ${actual.columnType}: values change type or do not fit` };
  }
  if (expected === 'integer' || expected === 'bigint') {
    const smaller = expected === 'integer' && INTEGER_ORDER.indexOf(actual.dataType) < INTEGER_ORDER.indexOf(mapped.type);
    const unsignedNow = actual.columnType.includes('unsigned') && !mapped.unsigned;
    if (smaller || unsignedNow) {
      return { kind: 'narrowed', message: `N-1 maps ${mapped.type}, the schema has ${actual.columnType}: some values no longer fit` };
    }
  }
  if (expected === 'string' || expected === 'binary') {
    const need = capacity(mapped.type, mapped.length);
    const room = capacity(actual.dataType, actual.maxLength);
    if (need !== undefined && room !== undefined && room < need) {
      return { kind: 'narrowed', message: `N-1 writes up to ${need}, the schema holds ${room} (${actual.columnType})` };
    }
  }
  if (expected === 'enum') {
    const allowed = new Set(enumValues(actual.columnType));
    const missing = (mapped.enumValues ?? []).filter((value) => !allowed.has(value));
    if (missing.length > 0) {
      return { kind: 'narrowed', message: `N-1 writes ${missing.map((value) => `'${value}'`).join(', ')}, which ${actual.columnType} no longer allows` };
    }
  }
  if ((expected === 'datetime' || expected === 'time') && (actual.datetimePrecision ?? 0) < (mapped.precision ?? 0)) {
    return { kind: 'narrowed', message: `N-1 writes ${mapped.precision} fractional digits, the schema keeps ${actual.datetimePrecision ?? 0}` };
  }
  return undefined;
}

/**
 * Every problem release N-1 would have with `schema`: a table or column it maps that is
 * gone or changed beyond what its values fit, a column it may write NULL to that no
 * longer takes NULL, and a column of its tables it does not map that has neither NULL nor
 * a default (so N-1's INSERTs, which do not name it, fail). An empty list: compatible.
 */
export function checkCompatibility(previous: readonly MappedTable[], schema: readonly SchemaColumn[]): Finding[] {
  const findings: Finding[] = [];
  const byTable = new Map<string, Map<string, SchemaColumn>>();
  for (const column of schema) {
    const columns = byTable.get(column.table) ?? new Map<string, SchemaColumn>();
    columns.set(column.name.toLowerCase(), column);
    byTable.set(column.table, columns);
  }
  for (const table of previous) {
    const columns = byTable.get(table.table);
    if (!columns) {
      findings.push({ kind: 'missing-table', table: table.table, column: undefined, message: `N-1 maps ${table.entity} to ${table.table}, which no longer exists` });
      continue;
    }
    const mapped = new Set<string>();
    for (const column of table.columns) {
      mapped.add(column.name.toLowerCase());
      const actual = columns.get(column.name.toLowerCase());
      if (!actual) {
        findings.push({ kind: 'missing-column', table: table.table, column: column.name, message: `N-1 reads and writes ${table.table}.${column.name}, which no longer exists` });
        continue;
      }
      const problem = shapeProblem(column, actual);
      if (problem) {
        findings.push({ ...problem, table: table.table, column: column.name });
      }
      if (column.nullable && !actual.nullable) {
        findings.push({ kind: 'now-not-null', table: table.table, column: column.name, message: 'N-1 may write NULL here; the schema now refuses NULL' });
      }
    }
    for (const actual of columns.values()) {
      if (!mapped.has(actual.name.toLowerCase()) && !actual.nullable && !actual.hasDefault && !actual.filledByServer) {
        findings.push({
          kind: 'insert-would-fail',
          table: table.table,
          column: actual.name,
          message: `N-1 does not map ${table.table}.${actual.name}, which is NOT NULL without a default: N-1's INSERTs fail`,
        });
      }
    }
  }
  return findings;
}
