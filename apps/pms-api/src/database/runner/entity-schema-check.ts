import { DataSource } from 'typeorm';
import type { DataSourceOptions } from 'typeorm';
import type { MigrationConfig } from '../../config/app-config';
import { primaryOnlyDataSourceOptions } from '../data-source-options';
import { ENTITIES } from '../entities';
import { judgeSchemaStatements } from './entity-schema-judge';
import type { DatabaseSchema, SchemaDisagreement } from './entity-schema-judge';
import { openWriterSession } from './writer-session';
import type { WriterSession } from './writer-session';

/** Entity classes (decorated with @Entity). */
type EntityList = readonly (abstract new (...args: never[]) => unknown)[];

async function readSchema(session: WriterSession): Promise<DatabaseSchema> {
  const columns = await session.rows<{ t: string; c: string; type: string; nullable: string; fallback: string | null; extra: string }>(
    `SELECT TABLE_NAME AS t, COLUMN_NAME AS c, COLUMN_TYPE AS type, IS_NULLABLE AS nullable, COLUMN_DEFAULT AS fallback, EXTRA AS extra
       FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE()`,
  );
  const indexColumns = await session.rows<{ t: string; i: string; c: string; nonUnique: number }>(
    `SELECT TABLE_NAME AS t, INDEX_NAME AS i, COLUMN_NAME AS c, NON_UNIQUE AS nonUnique
       FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() ORDER BY TABLE_NAME, INDEX_NAME, SEQ_IN_INDEX`,
  );
  const indexes = new Map<string, { table: string; unique: boolean; columns: string[] }>();
  for (const row of indexColumns) {
    const index = indexes.get(`${row.t}.${row.i}`) ?? { table: row.t, unique: Number(row.nonUnique) === 0, columns: [] };
    index.columns.push(row.c);
    indexes.set(`${row.t}.${row.i}`, index);
  }
  return {
    columns: new Map(
      columns.map((row) => [
        `${row.t}.${row.c}`,
        {
          type: row.type,
          nullable: row.nullable === 'YES',
          // MariaDB reports "no default" of a nullable column as the string 'NULL'.
          fillsItself: (row.fallback !== null && row.fallback !== 'NULL') || /auto_increment|generated/i.test(row.extra),
        },
      ]),
    ),
    indexes: [...indexes.values()],
  };
}

async function lendTypeormMetadataTable(session: WriterSession): Promise<boolean> {
  const existing = await session.rows("SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'typeorm_metadata'");
  if (existing.length > 0) {
    return false;
  }
  await session.raw(
    'CREATE TABLE typeorm_metadata (`type` VARCHAR(255) NOT NULL, `database` VARCHAR(255) NULL, `schema` VARCHAR(255) NULL, `table` VARCHAR(255) NULL, `name` VARCHAR(255) NULL, `value` TEXT NULL)',
  );
  return true;
}

/**
 * Asks TypeORM what it would run to make the (migrated) database match `entities`, and
 * returns each statement that shows a missing migration or a DROP+ADD type change.
 * Empty means entities and migrations agree.
 */
export async function entitySchemaDisagreements(
  config: Pick<MigrationConfig, 'PD_DB_PRIMARY_URL'>,
  entities: EntityList = ENTITIES,
): Promise<SchemaDisagreement[]> {
  const session = await openWriterSession(config.PD_DB_PRIMARY_URL);
  let dataSource: DataSource | undefined;
  let createdMetadataTable = false;
  try {
    const [server] = await session.rows<{ version: string }>('SELECT VERSION() AS version');
    // TypeORM reads information_schema differently for MariaDB (quoted defaults, 'NULL');
    // as `mysql` it would report differences that are only MariaDB's way of writing them.
    const type = /mariadb/i.test(server?.version ?? '') ? 'mariadb' : 'mysql';
    const options = { ...primaryOnlyDataSourceOptions(config), type, entities: [...entities], migrations: [] } as DataSourceOptions;
    dataSource = await new DataSource(options).initialize();
    // TypeORM looks up the expression of generated columns in its own typeorm_metadata
    // table, which only its `synchronize` creates; migrations own this schema, so the
    // check lends TypeORM an empty one for the diff. (An entity that maps a generated
    // column would then show up as a change to look at.)
    createdMetadataTable = await lendTypeormMetadataTable(session);
    const log = await dataSource.driver.createSchemaBuilder().log();
    return judgeSchemaStatements(
      log.upQueries.map((query) => query.query),
      await readSchema(session),
    );
  } finally {
    if (createdMetadataTable) {
      await session.raw('DROP TABLE IF EXISTS typeorm_metadata');
    }
    await dataSource?.destroy();
    await session.close();
  }
}
