import { createConnection, type Connection, type RowDataPacket } from 'mysql2/promise';

export interface AdminOptions {
  /**
   * On the replica every admin session must keep its statements out of the binlog:
   * root bypasses read_only, and a binlogged statement there is an errant GTID that
   * breaks replication (error 1950) the next time the primary's position is compared.
   */
  noBinlog: boolean;
}

/** Root over the unix socket: MariaDB's unix_socket auth needs no password. */
export async function withAdmin<T>(
  socketPath: string,
  options: AdminOptions,
  work: (connection: Connection) => Promise<T>,
): Promise<T> {
  const connection = await createConnection({ socketPath, user: 'root', connectTimeout: 2_000 });
  try {
    if (options.noBinlog) {
      await connection.query('SET SESSION sql_log_bin = 0');
    }
    return await work(connection);
  } finally {
    await connection.end().catch(() => undefined);
  }
}

export async function queryRows(connection: Connection, sql: string, values: unknown[] = []): Promise<RowDataPacket[]> {
  const [rows] = await connection.query<RowDataPacket[]>(sql, values);
  return rows;
}

export async function scalar(connection: Connection, sql: string, values: unknown[] = []): Promise<unknown> {
  const row = (await queryRows(connection, sql, values))[0];
  return row ? Object.values(row)[0] : undefined;
}

export async function socketAnswers(socketPath: string): Promise<boolean> {
  try {
    return (await withAdmin(socketPath, { noBinlog: false }, (c) => scalar(c, 'SELECT 1'))) === 1;
  } catch {
    return false;
  }
}
