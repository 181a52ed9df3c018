import { createConnection } from 'mysql2/promise';
import type { Connection } from 'mysql2/promise';
import type { LoggerService } from '@nestjs/common';
import type { MigrationConfig } from '../../../../src/config/app-config';
import { readStackEnv } from '../stack';

/** A database of its own on the primary, dropped and created empty. */
export interface ScratchDatabase {
  readonly name: string;
  readonly url: string;
  readonly config: MigrationConfig;
  connect(): Promise<Connection>;
  drop(): Promise<void>;
}

export async function scratchDatabase(tag: string): Promise<ScratchDatabase> {
  const env = await readStackEnv();
  const primary = new URL(env['PD_DB_PRIMARY_URL'] ?? '');
  const name = `${process.env['PD_TEST_DB_PREFIX'] ?? 'pitchdesk_test'}_mr_${tag}_${process.env['VITEST_POOL_ID'] ?? '0'}`;
  const server = new URL(primary);
  server.pathname = '/';
  const admin = await createConnection(server.toString());
  try {
    await admin.query(`DROP DATABASE IF EXISTS \`${name}\``);
    await admin.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  } finally {
    await admin.end();
  }
  const url = new URL(primary);
  url.pathname = `/${name}`;
  return {
    name,
    url: url.toString(),
    config: { PD_DB_PRIMARY_URL: url.toString(), PD_RELEASE: 'fixture-release', PD_LOG_LEVEL: 'error', PD_LOG_FORMAT: 'json' },
    connect: () => createConnection(url.toString()),
    drop: async () => {
      const connection = await createConnection(server.toString());
      try {
        await connection.query(`DROP DATABASE IF EXISTS \`${name}\``);
      } finally {
        await connection.end();
      }
    },
  };
}

export async function rowsOf<T>(connection: Connection, sql: string, params: unknown[] = []): Promise<T[]> {
  const [rows] = await connection.query(sql, params);
  return rows as T[];
}

/** Tables, columns and indexes as information_schema describes them: what "same schema" means. */
export async function schemaOf(connection: Connection): Promise<unknown> {
  const where = 'TABLE_SCHEMA = DATABASE()';
  return {
    tables: await rowsOf(connection, `SELECT TABLE_NAME, ENGINE, TABLE_COLLATION FROM information_schema.TABLES WHERE ${where} ORDER BY TABLE_NAME`),
    columns: await rowsOf(
      connection,
      `SELECT TABLE_NAME, COLUMN_NAME, ORDINAL_POSITION, COLUMN_TYPE, IS_NULLABLE, COLUMN_DEFAULT, EXTRA
         FROM information_schema.COLUMNS WHERE ${where} ORDER BY TABLE_NAME, ORDINAL_POSITION`,
    ),
    indexes: await rowsOf(
      connection,
      `SELECT TABLE_NAME, INDEX_NAME, SEQ_IN_INDEX, COLUMN_NAME, NON_UNIQUE
         FROM information_schema.STATISTICS WHERE ${where} ORDER BY TABLE_NAME, INDEX_NAME, SEQ_IN_INDEX`,
    ),
  };
}

export interface JournalRow {
  run_id: string;
  migration: string;
  step_no: number;
  status: string;
  attempts: number;
  lock_wait_ms: number;
  duration_ms: number | null;
  ddl_algorithm: string | null;
  ddl_lock: string | null;
  phase: string;
  release_name: string;
  statement_sha256: string;
  finished_at: string | null;
}

export function journalOf(connection: Connection): Promise<JournalRow[]> {
  return rowsOf<JournalRow>(connection, 'SELECT * FROM schema_migration_steps ORDER BY id');
}

export async function appliedMigrations(connection: Connection): Promise<string[]> {
  return (await rowsOf<{ name: string }>(connection, 'SELECT name FROM schema_migrations ORDER BY id')).map((row) => row.name);
}

export async function columnExists(connection: Connection, table: string, column: string): Promise<boolean> {
  const rows = await rowsOf(
    connection,
    'SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ? AND COLUMN_NAME = ?',
    [table, column],
  );
  return rows.length > 0;
}

export type MemoryLogEntry = Readonly<Record<string, unknown>> & { readonly level: string; readonly message: string };

/** A LoggerService that keeps structured entries, and lets a test wait for one. */
export class MemoryLogger implements LoggerService {
  readonly entries: MemoryLogEntry[] = [];
  private readonly waiters: { matches: (entry: MemoryLogEntry) => boolean; done: (entry: MemoryLogEntry) => void }[] = [];

  log(message: unknown): void {
    this.add('log', message);
  }
  warn(message: unknown): void {
    this.add('warn', message);
  }
  error(message: unknown): void {
    this.add('error', message);
  }

  waitFor(matches: (entry: MemoryLogEntry) => boolean): Promise<MemoryLogEntry> {
    const seen = this.entries.find(matches);
    return seen ? Promise.resolve(seen) : new Promise((done) => this.waiters.push({ matches, done }));
  }

  messages(): string[] {
    return this.entries.map((entry) => entry.message);
  }

  private add(level: string, message: unknown): void {
    const entry: MemoryLogEntry =
      typeof message === 'object' && message !== null ? { ...(message as Record<string, unknown>), level, message: String((message as { message?: unknown }).message) } : { level, message: String(message) };
    this.entries.push(entry);
    for (const waiter of [...this.waiters]) {
      if (waiter.matches(entry)) {
        this.waiters.splice(this.waiters.indexOf(waiter), 1);
        waiter.done(entry);
      }
    }
  }
}
