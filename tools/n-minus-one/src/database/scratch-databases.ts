import mysql from 'mysql2/promise';

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

async function onServer<T>(primaryUrl: string, work: (connection: mysql.Connection) => Promise<T>): Promise<T> {
  const connection = await mysql.createConnection({ uri: withDatabase(primaryUrl, ''), connectTimeout: 5_000 });
  try {
    return await work(connection);
  } finally {
    await connection.end();
  }
}

/** The databases whose names start with `<prefix>_`: this run's, and only this run's. */
export function databasesOf(primaryUrl: string, prefix: string): Promise<string[]> {
  return onServer(primaryUrl, async (connection) => {
    const [rows] = await connection.query('SHOW DATABASES');
    return (rows as Record<string, string>[]).map((row) => Object.values(row)[0] ?? '').filter((name) => name.startsWith(`${prefix}_`));
  });
}

/** Drops every database of `prefix`; creates `database` (one of them) empty when given. */
export async function resetDatabases(primaryUrl: string, prefix: string, database?: string): Promise<void> {
  const existing = await databasesOf(primaryUrl, prefix);
  await onServer(primaryUrl, async (connection) => {
    for (const name of existing) {
      await connection.query(`DROP DATABASE \`${name}\``);
    }
    if (database) {
      await connection.query(`CREATE DATABASE \`${database}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
    }
  });
}
