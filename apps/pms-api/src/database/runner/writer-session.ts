import { createConnection } from 'mysql2/promise';
import { credentialsFromUrl } from '../connection-url';

/**
 * One connection straight to the writer. The runner never goes through a read/write
 * splitter (ProxySQL): GET_LOCK and SET SESSION are per connection, and a splitter would
 * pin or reroute them. mysql2 directly, not a pool: which connection holds the named lock
 * and which runs the DDL is the whole point.
 */
export interface WriterSession {
  readonly connectionId: number;
  /** What the driver returns: rows for a SELECT, a result header otherwise. */
  raw(sql: string, params?: readonly unknown[]): Promise<unknown>;
  rows<T>(sql: string, params?: readonly unknown[]): Promise<T[]>;
  /** Set when the connection died (server gone, killed); later queries fail too. */
  readonly lostBecause: () => string | undefined;
  close(): Promise<void>;
}

export async function openWriterSession(primaryUrl: string): Promise<WriterSession> {
  const credentials = credentialsFromUrl(primaryUrl);
  const connection = await createConnection({
    host: credentials.host,
    port: credentials.port,
    user: credentials.username,
    password: credentials.password,
    database: credentials.database,
    charset: 'utf8mb4_unicode_ci',
    timezone: 'Z',
    dateStrings: true,
    multipleStatements: false,
    connectTimeout: 10_000,
  });
  let lost: string | undefined;
  // Without a listener a dropped connection's 'error' event would end the process
  // before the runner could journal and release anything.
  connection.on('error', (error: Error) => {
    lost = error.message;
  });
  const raw = async (sql: string, params: readonly unknown[] = []): Promise<unknown> => {
    const [result] = await connection.query(sql, [...params]);
    return result;
  };
  return {
    connectionId: connection.threadId,
    raw,
    rows: async <T>(sql: string, params: readonly unknown[] = []): Promise<T[]> => {
      const result = await raw(sql, params);
      return Array.isArray(result) ? (result as T[]) : [];
    },
    lostBecause: () => lost,
    close: async () => {
      await connection.end().catch(() => connection.destroy());
    },
  };
}
