import { createConnection } from 'mysql2/promise';
import { loadConfig } from '../../../src/config/app-config';
import type { AppConfig } from '../../../src/config/app-config';
import { runMigrations } from '../../../src/database/migration-runner';
import { readStackEnv, waitForReplicaCatchUp } from './stack';

const silentLogger = { log: () => undefined, warn: () => undefined, error: () => undefined };

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/**
 * Config for this test worker: the local stack's services and a database of the
 * worker's own (created on the primary, replicated, migrated once per run).
 */
export async function workerConfig(overrides: Record<string, string> = {}): Promise<AppConfig> {
  const env = await readStackEnv();
  // PD_TEST_DB_PREFIX: two people (or agents) running medium tests on one stack at once
  // each get their own databases.
  const database = `${process.env['PD_TEST_DB_PREFIX'] ?? 'pitchdesk_test'}_${process.env['VITEST_POOL_ID'] ?? '0'}`;
  const primaryUrl = withDatabase(env['PD_DB_PRIMARY_URL'] ?? '', database);
  const connection = await createConnection(primaryUrl.replace(`/${database}`, '/'));
  try {
    await connection.query(`CREATE DATABASE IF NOT EXISTS \`${database}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  } finally {
    await connection.end();
  }
  const config = loadConfig({
    ...env,
    PD_DB_PRIMARY_URL: primaryUrl,
    PD_DB_REPLICA_URL: withDatabase(env['PD_DB_REPLICA_URL'] ?? '', database),
    PD_LOG_LEVEL: 'error',
    PD_HTTP_PORT: '0',
    // Every medium file signs staff in from 127.0.0.1 against one memcached: a limit per
    // address would have one file's sign-ins refuse another's. The throttle's own tests
    // set theirs.
    PD_STAFF_SIGN_IN_PER_IP_PER_MINUTE: '100000',
    ...overrides,
  });
  const exit = await runMigrations(config, silentLogger);
  if (exit !== 0) {
    throw new Error(`migrations failed with exit code ${exit}`);
  }
  await waitForReplicaCatchUp(10_000);
  return config;
}

/** The server_id a server reports: proof of which server answered a query. */
export async function serverIdOf(role: 'primary' | 'replica'): Promise<number> {
  const env = await readStackEnv();
  const socketPath = env[role === 'primary' ? 'PD_DB_PRIMARY_ADMIN_SOCKET' : 'PD_DB_REPLICA_ADMIN_SOCKET'];
  const connection = await createConnection({ socketPath, user: 'root' });
  try {
    const [rows] = await connection.query('SELECT @@server_id AS id');
    return Number((rows as { id: number }[])[0]?.id);
  } finally {
    await connection.end();
  }
}

/** Polls `probe` until it returns true; fails with `what` after `timeoutMs`. */
export async function eventually(what: string, probe: () => Promise<boolean>, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await probe()) {
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting until ${what}`);
}
