// Integration: the real stack (MariaDB pair, memcached, SES, a stand-in hub) under a
// temporary data folder and ports of its own, so the developer's stack is untouched.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { createConnection, type RowDataPacket } from 'mysql2/promise';
import { loadConfig, pidFilePath, type ServiceName } from './config.ts';
import { readStackEnv, startReplication, startService, stopReplication, stopService, waitForReplicaCatchUp } from './control.ts';
import { httpOk, memcachedOk } from './health.ts';
import { findPortHolder } from './port-holder.ts';
import { isAlive } from './proc.ts';
import { readPidFile } from './supervisor.ts';
import { createTempStack, type TempStack } from './testing/temp-stack.ts';

let stack: TempStack;
const pidOf = async (name: ServiceName): Promise<number | undefined> => readPidFile(pidFilePath(stack.config, name));

async function appQuery(url: string | undefined, sql: string): Promise<RowDataPacket[]> {
  const connection = await createConnection({ uri: String(url) });
  try {
    const [rows] = await connection.query<RowDataPacket[]>(sql);
    return rows;
  } finally {
    await connection.end();
  }
}

beforeAll(async () => {
  stack = await createTempStack();
});

afterAll(async () => {
  // Whatever happened above, leave no servers and no data behind.
  const reset = await stack.cli('reset');
  expect(reset.code).toBe(0);
});

describe('local stack against real services', () => {
  it('starts every service cold and writes stack.env', async () => {
    const { code, stdout } = await stack.cli('start');
    expect(stdout).toMatch(/5\/5 services healthy in \d+\.\d+ s/);
    expect(code).toBe(0);
    const env = await readStackEnv(stack.config);
    expect(env['PD_DB_PRIMARY_URL']).toMatch(new RegExp(`^mysql://pitchdesk:[0-9a-f]+@127\\.0\\.0\\.1:${stack.config.ports.dbPrimary}/pitchdesk$`));
    expect(env['PD_DB_REPLICA_ADMIN_SOCKET']).toBe(`${stack.env.PD_STACK_DIR}/replica/mariadbd.sock`);
    expect((await stack.cli('status')).code).toBe(0);
  });

  it('treats a second start as a no-op, keeping processes and secrets', async () => {
    const before = await Promise.all((['primary', 'ses'] as const).map(pidOf));
    const secretBefore = (await readStackEnv(stack.config))['PD_HUB_PUBLISHER_KEY'];
    const { code, stdout } = await stack.cli('start');
    expect(code).toBe(0);
    expect(stdout).toMatch(/already running: .* \(nothing to do\)/);
    expect(await Promise.all((['primary', 'ses'] as const).map(pidOf))).toEqual(before);
    expect((await readStackEnv(stack.config))['PD_HUB_PUBLISHER_KEY']).toBe(secretBefore);
  });

  it('gives the app user its databases, no SUPER, and a read-only replica', async () => {
    const env = await readStackEnv(stack.config);
    const grants = (await appQuery(env['PD_DB_PRIMARY_URL'], 'SHOW GRANTS')).map((row) => String(Object.values(row)[0]));
    expect(grants.join('\n')).not.toMatch(/SUPER|ALL PRIVILEGES ON \*\.\*/);
    await appQuery(env['PD_DB_PRIMARY_URL'], 'CREATE DATABASE pitchdesk_worker_1');
    await expect(appQuery(env['PD_DB_PRIMARY_URL'], 'CREATE DATABASE other_db')).rejects.toThrow(/Access denied/);
    await expect(appQuery(env['PD_DB_REPLICA_URL'], 'CREATE TABLE t (id INT)')).rejects.toThrow(/read-only/);
  });

  it('serves stale reads from the replica while replication is stopped, then catches up', async () => {
    const env = await readStackEnv(stack.config);
    await appQuery(env['PD_DB_PRIMARY_URL'], 'CREATE TABLE probe (id INT PRIMARY KEY)');
    await waitForReplicaCatchUp(5_000, stack.config);
    await stopReplication(stack.config);
    await appQuery(env['PD_DB_PRIMARY_URL'], 'INSERT INTO probe VALUES (1)');
    const count = async (): Promise<number> => Number((await appQuery(env['PD_DB_REPLICA_URL'], 'SELECT COUNT(*) AS n FROM probe'))[0]?.['n']);
    expect(await count()).toBe(0);
    await expect(waitForReplicaCatchUp(300, stack.config)).rejects.toThrow(/did not reach primary GTID/);
    await startReplication(stack.config);
    await waitForReplicaCatchUp(5_000, stack.config);
    expect(await count()).toBe(1);
  });

  it('stops and starts a single service', async () => {
    expect(await stopService('memcached', stack.config)).toBe('stopped');
    expect(await memcachedOk(stack.config.ports.memcached)).toBe(false);
    const status = await stack.cli('status');
    expect(status.code).toBe(1);
    expect(status.stdout).toMatch(/memcached\s+down/);
    await startService('memcached', stack.config);
    expect(await memcachedOk(stack.config.ports.memcached)).toBe(true);
  });

  it('restarts the replica, which then catches up on what it missed', async () => {
    const env = await readStackEnv(stack.config);
    await stopService('replica', stack.config);
    await appQuery(env['PD_DB_PRIMARY_URL'], 'INSERT INTO probe VALUES (2)');
    await startService('replica', stack.config);
    const rows = await appQuery(env['PD_DB_REPLICA_URL'], 'SELECT id FROM probe ORDER BY id');
    expect(rows.map((row) => row['id'])).toEqual([1, 2]);
  });

  it('recovers from a stale pid file left by a crashed process', async () => {
    const crashed = await pidOf('ses');
    expect(crashed).toBeDefined();
    process.kill(Number(crashed), 'SIGKILL');
    const { code, stdout } = await stack.cli('start');
    expect(code).toBe(0);
    expect(stdout).toMatch(/ses\s+started/);
    expect(await pidOf('ses')).not.toBe(crashed);
  });

  it('stops only its own processes, never one whose pid sits in a pid file', async () => {
    const foreign = spawn('sleep', ['30'], { stdio: 'ignore' });
    try {
      const memcached = await pidOf('memcached');
      await writeFile(pidFilePath(stack.config, 'memcached'), `${foreign.pid}\n`);
      const { stdout } = await stack.cli('stop', 'memcached');
      expect(stdout).toMatch(/memcached\s+stopped/);
      expect(await isAlive(Number(foreign.pid))).toBe(true);
      // The real memcached was found through its port and stopped.
      expect(await isAlive(Number(memcached))).toBe(false);
    } finally {
      foreign.kill('SIGKILL');
    }
    await startService('memcached', stack.config);
  });

  it('names the port and the process holding it when something else took a port', async () => {
    await stopService('ses', stack.config);
    const squatter = createServer();
    await new Promise<void>((resolvePromise, reject) => {
      squatter.once('error', reject);
      squatter.listen(stack.config.ports.ses, '127.0.0.1', resolvePromise);
    }).catch(async (error: unknown) => {
      // Say who still holds the port: a stop that returns too early shows up here.
      throw new Error(`${String(error)}: ${JSON.stringify(await findPortHolder(stack.config.ports.ses))}`);
    });
    try {
      const expected = new RegExp(`port ${stack.config.ports.ses} is already taken by pid ${process.pid} \\(`);
      await expect(startService('ses', stack.config)).rejects.toThrow(expected);
      const { code, stdout } = await stack.cli('start', 'ses');
      expect(code).toBe(1);
      expect(stdout).toMatch(expected);
    } finally {
      await new Promise((resolvePromise) => squatter.close(resolvePromise));
    }
    await startService('ses', stack.config);
  });

  it('fails only the hub when its entry point is missing', async () => {
    await stopService('hub', stack.config);
    const missing = { ...stack.config, hubEntry: `${stack.env.PD_STACK_DIR}/no-such-hub.ts` };
    await expect(startService('hub', missing)).rejects.toThrow(/no-such-hub\.ts does not exist/);
    const status = await stack.cli('status');
    expect(status.stdout).toMatch(/hub\s+down/);
    expect(status.stdout).toMatch(/primary\s+up/);
    await startService('hub', stack.config);
  });

  // The hub is another project: this proves the stack starts it with the env it expects.
  it.skipIf(!existsSync(loadConfig({}).hubEntry))('starts the real Mercure-protocol hub of tools/mercure-hub', async () => {
    await stopService('hub', stack.config);
    const real = { ...stack.config, hubEntry: loadConfig({}).hubEntry };
    await startService('hub', real);
    expect(await httpOk(`http://127.0.0.1:${stack.config.ports.hub}/healthz`)).toBe(true);
  });

  it('resets: stops everything it started and deletes the data folder', async () => {
    const pids = await Promise.all((['primary', 'replica', 'memcached', 'hub', 'ses'] as const).map(pidOf));
    const { code } = await stack.cli('reset');
    expect(code).toBe(0);
    for (const pid of pids) {
      expect(await isAlive(Number(pid))).toBe(false);
    }
    expect(existsSync(stack.config.stackDir)).toBe(false);
  });
});
