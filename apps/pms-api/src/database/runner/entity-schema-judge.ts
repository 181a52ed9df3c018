// Judges what TypeORM's schema builder would run to make a migrated database match the
// entities (DataSource.driver.createSchemaBuilder().log()). Each statement means one of:
// - the migrations lack something an entity needs (a table, a column, a unique index):
//   a missing migration;
// - a column's type differs: TypeORM's MySQL driver would DROP and re-ADD the column,
//   losing its data (MysqlQueryRunner.changeColumn), so it must never be generated;
// - the database has more than the entities say (an index, a default, a column no entity
//   maps yet): fine, that is what expand migrations do, unless an unmapped column is
//   NOT NULL without a default, which makes the entity's INSERTs fail.
// The SQL is TypeORM's own, in its fixed format, not a migration author's.

export interface DatabaseColumn {
  /** information_schema COLUMN_TYPE, e.g. varchar(64), int(10) unsigned. */
  readonly type: string;
  readonly nullable: boolean;
  /** Has a DEFAULT, AUTO_INCREMENT or is generated: INSERTs may leave it out. */
  readonly fillsItself: boolean;
}

export interface DatabaseIndex {
  readonly table: string;
  readonly unique: boolean;
  readonly columns: readonly string[];
}

export interface DatabaseSchema {
  /** Keyed `table.column`. */
  readonly columns: ReadonlyMap<string, DatabaseColumn>;
  readonly indexes: readonly DatabaseIndex[];
}

export interface SchemaDisagreement {
  readonly statement: string;
  readonly problem: string;
}

const name = '`([^`]+)`';
const CREATE_TABLE = new RegExp(`^CREATE TABLE ${name}`);
const DROP_COLUMN = new RegExp(`^ALTER TABLE ${name} DROP COLUMN ${name}$`);
const ADD_COLUMN = new RegExp(`^ALTER TABLE ${name} ADD ${name} (.+)$`);
const CHANGE_COLUMN = new RegExp(`^ALTER TABLE ${name} CHANGE ${name} ${name} (.+)$`);
const DROP_INDEX = new RegExp(`^DROP INDEX ${name} ON ${name}$`);
const CREATE_INDEX = new RegExp(`^CREATE (UNIQUE )?INDEX ${name} ON ${name} \\((.+)\\)$`);
const ADD_INDEX = new RegExp(`^ALTER TABLE ${name} ADD (UNIQUE )?INDEX ${name} \\((.+)\\)$`);
const DROP_FOREIGN_KEY = new RegExp(`^ALTER TABLE ${name} DROP FOREIGN KEY ${name}$`);
const INTEGER_DISPLAY_WIDTH = /^(tinyint|smallint|mediumint|int|bigint)\(\d+\)/;

/** `int(10) unsigned` and `int UNSIGNED` are the same type; MariaDB stores JSON as longtext. */
function normalType(type: string): string {
  const lower = type.toLowerCase().replace(/\s+/g, ' ').trim().replace(INTEGER_DISPLAY_WIDTH, '$1');
  return lower === 'json' ? 'longtext' : lower;
}

/** TypeORM writes a column as `<type>[ UNSIGNED][ CHARACTER SET ..][ COLLATE ..] NULL|NOT NULL ...`. */
function entityColumn(definition: string): { type: string; nullable: boolean } {
  const unsigned = /^\S+ UNSIGNED\b/.test(definition);
  const type = `${definition.split(' ')[0] ?? ''}${unsigned ? ' unsigned' : ''}`;
  return { type: normalType(type), nullable: !/\bNOT NULL\b/.test(definition) };
}

const columnList = (list: string): string[] => [...list.matchAll(/`([^`]+)`/g)].map((match) => match[1] ?? '');

function indexExists(schema: DatabaseSchema, table: string, unique: boolean, columns: readonly string[]): boolean {
  return schema.indexes.some(
    (index) => index.table === table && (index.unique || !unique) && index.columns.join(',').toLowerCase() === columns.join(',').toLowerCase(),
  );
}

function judgeChange(match: RegExpExecArray, schema: DatabaseSchema): string | undefined {
  const [, table = '', from = '', to = '', definition = ''] = match;
  if (from !== to) {
    return `entities name ${table}.${to} where the database has ${from}: a rename needs its own expand/contract migrations`;
  }
  const inDatabase = schema.columns.get(`${table}.${from}`);
  const inEntity = entityColumn(definition);
  if (inDatabase && normalType(inDatabase.type) === inEntity.type && inDatabase.nullable === inEntity.nullable) {
    return undefined; // only the default or ON UPDATE differs: the database's own business
  }
  const database = inDatabase ? `${inDatabase.type} ${inDatabase.nullable ? 'NULL' : 'NOT NULL'}` : 'nothing';
  return `${table}.${from} is ${database} in the database but ${definition} in its entity: add a migration`;
}

function judgeDropColumn(match: RegExpExecArray, later: readonly string[], schema: DatabaseSchema, readded: Set<string>): string | undefined {
  const [, table = '', column = ''] = match;
  const key = `${table}.${column}`;
  if (later.some((statement) => ADD_COLUMN.exec(statement)?.slice(1, 3).join('.') === key)) {
    readded.add(key);
    return `TypeORM would DROP and re-ADD ${key} (its type differs from the entity's), losing its data: write the change as migrations (new column, backfill job, switch, drop)`;
  }
  const inDatabase = schema.columns.get(key);
  return inDatabase?.nullable || inDatabase?.fillsItself ? undefined : `${key} is NOT NULL without a default and no entity maps it: the entity's INSERTs would fail`;
}

function judgeIndex(unique: boolean, table: string, columns: readonly string[], schema: DatabaseSchema): string | undefined {
  return indexExists(schema, table, unique, columns)
    ? undefined
    : `the entity declares ${unique ? 'a unique' : 'an'} index on ${table} (${columns.join(', ')}), which no migration creates`;
}

function judgeOne(statement: string, later: readonly string[], schema: DatabaseSchema, readded: Set<string>): string | undefined {
  const dropColumn = DROP_COLUMN.exec(statement);
  if (dropColumn) {
    return judgeDropColumn(dropColumn, later, schema, readded);
  }
  const addColumn = ADD_COLUMN.exec(statement);
  if (addColumn) {
    const key = `${addColumn[1] ?? ''}.${addColumn[2] ?? ''}`;
    return readded.has(key) ? undefined : `the entity maps ${key}, which no migration creates`;
  }
  const change = CHANGE_COLUMN.exec(statement);
  if (change) {
    return judgeChange(change, schema);
  }
  const createIndex = CREATE_INDEX.exec(statement);
  if (createIndex) {
    return judgeIndex(Boolean(createIndex[1]), createIndex[3] ?? '', columnList(createIndex[4] ?? ''), schema);
  }
  const addIndex = ADD_INDEX.exec(statement);
  if (addIndex) {
    return judgeIndex(Boolean(addIndex[2]), addIndex[1] ?? '', columnList(addIndex[4] ?? ''), schema);
  }
  const createTable = CREATE_TABLE.exec(statement);
  if (createTable) {
    return `the entity maps table ${createTable[1] ?? ''}, which no migration creates`;
  }
  if (DROP_INDEX.test(statement) || DROP_FOREIGN_KEY.test(statement)) {
    return undefined; // indexes and keys the entities do not declare belong to the migrations
  }
  return 'TypeORM would change the schema in a way this check does not know: look at the statement';
}

/** The statements that show entities and migrations disagree, each with what is wrong. */
export function judgeSchemaStatements(statements: readonly string[], schema: DatabaseSchema): SchemaDisagreement[] {
  const readded = new Set<string>();
  return statements.flatMap((statement, position) => {
    const problem = judgeOne(statement, statements.slice(position + 1), schema, readded);
    return problem === undefined ? [] : [{ statement, problem }];
  });
}
