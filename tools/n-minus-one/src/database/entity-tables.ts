import { join } from 'node:path';
import { DataSource } from 'typeorm';
import type { EntitySchema, MixedList } from 'typeorm';
import { runnerImport } from 'vite';
import type { MappedTable } from '../schema-compat.ts';

/** Where a release lists its entities (the API is bundled, so they are listed, not globbed). */
export const ENTITIES_FILE = 'apps/pms-api/src/database/entities.ts';

type EntityList = MixedList<string | EntitySchema | (new () => unknown)>;

/**
 * The tables and columns release N-1's own entity classes map, read from its checkout:
 * Vite's module runner compiles its TypeScript with the decorators the API's bundler
 * uses (legacy, with metadata), and TypeORM builds the metadata the way N-1's DataSource
 * does, types normalised by the MySQL driver. Connecting is TypeORM's public way to
 * build metadata; `databaseUrl` is any database on the server (nothing is written).
 */
export async function loadEntityTables(checkoutDir: string, databaseUrl: string): Promise<MappedTable[]> {
  const root = join(checkoutDir, 'apps/pms-api');
  const { module } = await runnerImport<{ ENTITIES?: EntityList }>(join(checkoutDir, ENTITIES_FILE), {
    root,
    configFile: false,
    logLevel: 'silent',
    resolve: { tsconfigPaths: true },
    oxc: { decorator: { legacy: true, emitDecoratorMetadata: true } },
  });
  if (!module.ENTITIES) {
    throw new Error(`${ENTITIES_FILE} of the previous release exports no ENTITIES`);
  }
  const dataSource = new DataSource({ type: 'mysql', url: databaseUrl, entities: module.ENTITIES, synchronize: false, poolSize: 1 });
  await dataSource.initialize();
  try {
    return dataSource.entityMetadatas.map((metadata) => ({
      entity: metadata.name,
      table: metadata.tableName,
      columns: metadata.columns.map((column) => ({
        name: column.databaseName,
        type: dataSource.driver.normalizeType(column).toLowerCase(),
        length: column.length ? Number(column.length) : undefined,
        precision: column.precision ?? undefined,
        unsigned: column.unsigned,
        nullable: column.isNullable,
        enumValues: column.enum?.map(String),
      })),
    }));
  } finally {
    await dataSource.destroy();
  }
}
