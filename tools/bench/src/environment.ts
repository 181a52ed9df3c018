import { resolve } from 'node:path';
import mysql from 'mysql2/promise';
import { readStackEnv, waitForReplicaCatchUp } from '@pitchdesk/local-stack';
import type { BenchOptions } from './args.ts';
import type { Background } from './processes.ts';
import { freePort, runLogged, startInBackground, waitForUrl } from './processes.ts';

export const WORKSPACE_ROOT = resolve(import.meta.dirname, '../../..');
export const BENCH_DIR = resolve(WORKSPACE_ROOT, '.local/bench');
const LOG_DIR = resolve(BENCH_DIR, 'logs');
/** Its own database on the stack's servers: the bench never touches a developer's data. */
export const BENCH_DATABASE = 'pitchdesk_bench';

export interface BenchEnvironment {
  readonly apiUrl: string;
  /** mysql:// URL of the bench database on the primary (raw-transaction baseline). */
  readonly primaryUrl: string;
  stop(): Promise<void>;
}

type Log = (line: string) => void;

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

function required(env: Record<string, string>, name: string): string {
  const value = env[name];
  if (!value) {
    throw new Error(`${name} is missing from the local stack's stack.env`);
  }
  return value;
}

async function recreateDatabase(primaryUrl: string, drop: boolean): Promise<void> {
  const connection = await mysql.createConnection({ uri: withDatabase(primaryUrl, ''), connectTimeout: 5_000 });
  try {
    await connection.query(`DROP DATABASE IF EXISTS ${BENCH_DATABASE}`);
    if (!drop) {
      await connection.query(`CREATE DATABASE ${BENCH_DATABASE} CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
    }
  } finally {
    await connection.end();
  }
}

/**
 * The local stack (started if needed), the API built, a fresh bench database migrated
 * and seeded with the demo campsite for a pinned year, a private hub and the API on free
 * loopback ports. stop() ends only what this call started.
 */
export async function prepareEnvironment(options: BenchOptions, log: Log): Promise<BenchEnvironment> {
  const node = process.execPath;
  const run = (step: string, command: string, args: readonly string[], env: NodeJS.ProcessEnv, timeoutMs: number): Promise<void> =>
    runLogged(step, command, args, { env, cwd: WORKSPACE_ROOT, logFile: resolve(LOG_DIR, `${step}.log`), timeoutMs });

  log('local stack: starting if needed');
  await run('stack-start', node, ['tools/local-stack/src/cli.ts', 'start'], process.env, 180_000);
  const stack = await readStackEnv();
  const primaryUrl = withDatabase(required(stack, 'PD_DB_PRIMARY_URL'), BENCH_DATABASE);
  const replicaUrl = withDatabase(required(stack, 'PD_DB_REPLICA_URL'), BENCH_DATABASE);
  // Nx's daemon would outlive the command; the API gets the stack's variables only.
  const baseEnv: NodeJS.ProcessEnv = { ...process.env, ...stack, NX_DAEMON: 'false', NX_NO_CLOUD: 'true' };
  if (!options.skipBuild) {
    log('pms-api: building (nx, cached when unchanged)');
    await run('build', resolve(WORKSPACE_ROOT, 'node_modules/.bin/nx'), ['run', 'pms-api:build', '--outputStyle=static'], baseEnv, 600_000);
  }
  const [apiPort, hubPort] = [await freePort(), await freePort()];
  const hubUrl = `http://127.0.0.1:${hubPort}`;
  const apiEnv: NodeJS.ProcessEnv = {
    ...baseEnv,
    PD_DB_PRIMARY_URL: primaryUrl,
    PD_DB_REPLICA_URL: replicaUrl,
    PD_DEMO_YEAR: String(options.year),
    PD_LOG_LEVEL: 'warn',
    PD_HTTP_HOST: '127.0.0.1',
    PD_HTTP_PORT: String(apiPort),
    PD_DB_POOL_SIZE: String(options.poolSize),
    // A private hub: thousands of bench updates must not reach the developer's pages.
    PD_HUB_URL: `${hubUrl}/.well-known/mercure`,
    // Booking mails are queued in the outbox inside the booking transaction (measured);
    // sending them would fill the shared SES endpoint's store that e2e suites read.
    PD_MAIL_DRAIN_INTERVAL_MS: '600000',
    PD_SHUTDOWN_DRAIN_MS: '200',
  };

  log(`database ${BENCH_DATABASE}: recreating, migrating, loading demo data for ${options.year}`);
  await recreateDatabase(primaryUrl, false);
  await run('migrate', node, ['dist/apps/pms-api/migrate.js'], apiEnv, 120_000);
  await run('seed-demo', node, ['dist/apps/pms-api/job.js', 'seed-demo'], apiEnv, 180_000);
  // Search reads the replica: measure it with the demo data there.
  await waitForReplicaCatchUp(60_000);

  const started: Background[] = [];
  const stop = async (): Promise<void> => {
    for (const background of started.reverse()) {
      await background.stop();
    }
    if (!options.keepDatabase) {
      await recreateDatabase(primaryUrl, true).catch((error: unknown) => log(`could not drop ${BENCH_DATABASE}: ${String(error)}`));
    }
  };
  try {
    log(`hub and API: starting on 127.0.0.1:${hubPort} and 127.0.0.1:${apiPort} (pool ${options.poolSize})`);
    const hub = startInBackground('hub', node, ['tools/mercure-hub/src/main.ts'], {
      env: { ...baseEnv, PD_HUB_HOST: '127.0.0.1', PD_HUB_PORT: String(hubPort) },
      cwd: WORKSPACE_ROOT,
      logFile: resolve(LOG_DIR, 'hub.log'),
    });
    started.push(hub);
    await waitForUrl(`${hubUrl}/healthz`, 15_000, hub);
    const api = startInBackground('pms-api', node, ['dist/apps/pms-api/main.js'], {
      env: apiEnv,
      cwd: WORKSPACE_ROOT,
      logFile: resolve(LOG_DIR, 'pms-api.log'),
    });
    started.push(api);
    const apiUrl = `http://127.0.0.1:${apiPort}`;
    await waitForUrl(`${apiUrl}/api/health`, 30_000, api);
    return { apiUrl, primaryUrl, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
