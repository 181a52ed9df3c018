import type { Connection } from 'mysql2/promise';
import type { ScratchDatabase } from './scratch-database';

export interface MetadataLockBlocker {
  /** Commits the idle transaction, which frees the metadata lock. */
  release(): Promise<void>;
}

/**
 * The classic cause of a migration outage: a transaction that read `table` and then sat
 * idle. It holds a shared metadata lock on the table until it ends, so any ALTER of the
 * table waits, and every query queued behind that ALTER waits too.
 */
export async function holdMetadataLock(database: ScratchDatabase, table: string): Promise<MetadataLockBlocker> {
  const connection: Connection = await database.connect();
  await connection.query('START TRANSACTION');
  await connection.query(`SELECT * FROM \`${table}\` LIMIT 1`);
  return {
    release: async () => {
      await connection.query('COMMIT');
      await connection.end();
    },
  };
}
