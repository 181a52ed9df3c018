import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import mysql from 'mysql2/promise';
import { startInBackground } from '@pitchdesk/dev-tools/processes';
import { readRunnerLog } from './runner-log.ts';
import type { RunnerReport } from './runner-log.ts';

/** An idle open transaction on `table` while the runner alters it: the classic MDL pile-up. */
export interface MdlBlocker {
  readonly databaseUrl: string;
  readonly table: string;
  readonly seconds: number;
}

export interface MigrateResult extends RunnerReport {
  readonly code: number;
  readonly logFile: string;
}

// Short metadata-lock waits, so the traffic queued behind one attempt waits at most 1 s;
// enough attempts to outlast the blocker.
const RUNNER_FLAGS = ['--ddl-lock-wait-seconds', '1', '--max-attempts', '60', '--retry-base-ms', '250', '--retry-max-ms', '1000'];

async function runTask(name: string, args: readonly string[], env: NodeJS.ProcessEnv, cwd: string, logFile: string): Promise<number> {
  const task = startInBackground(name, process.execPath, args, { env, cwd, logFile });
  return new Promise<number>((resolve) => {
    task.child.once('error', () => resolve(127));
    task.child.once('close', (code: number | null) => resolve(code ?? 1));
  });
}

async function holdOpenTransaction(blocker: MdlBlocker): Promise<() => Promise<void>> {
  const connection = await mysql.createConnection({ uri: blocker.databaseUrl, connectTimeout: 5_000 });
  await connection.query('START TRANSACTION');
  // A read is enough: it holds a shared metadata lock until the transaction ends.
  await connection.query(`SELECT COUNT(*) FROM \`${blocker.table}\``);
  const released = new Promise<void>((resolve) =>
    setTimeout(() => {
      void connection
        .query('COMMIT')
        .then(() => connection.end())
        .finally(resolve);
    }, blocker.seconds * 1_000),
  );
  return () => released;
}

/** `migrate.js --phase <phase>` of a built release, with an MDL blocker on the table when given. */
export async function runMigrate(dist: string, phase: 'expand' | 'contract', env: NodeJS.ProcessEnv, logFile: string, blocker?: MdlBlocker): Promise<MigrateResult> {
  const released = blocker ? await holdOpenTransaction(blocker) : undefined;
  const code = await runTask(`migrate ${phase}`, [join(dist, 'migrate.js'), '--phase', phase, ...RUNNER_FLAGS], env, dist, logFile);
  await released?.();
  return { ...readRunnerLog(readFileSync(logFile, 'utf8')), code, logFile };
}

/** `job.js <name>` of a built release; resolves with its exit code. */
export function runJob(dist: string, name: string, env: NodeJS.ProcessEnv, logFile: string): Promise<number> {
  return runTask(`job ${name}`, [join(dist, 'job.js'), name], env, dist, logFile);
}
