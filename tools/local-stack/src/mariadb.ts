import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { dbPaths, type DbRole, type StackConfig } from './config.ts';
import { DB_APP_USER, DB_NAME, DB_REPLICATION_USER, type StackSecrets } from './env-file.ts';
import { queryRows, scalar, withAdmin } from './mysql-admin.ts';

const run = promisify(execFile);

export interface MyCnfOptions {
  role: DbRole;
  /** Private temp folder: /tmp is shared with every other process on the machine. */
  tmpDir: string;
  port: number;
  dataDir: string;
  socket: string;
  pidFile: string;
  logError: string;
  runAsRoot: boolean;
}

/** Our own defaults file: the Debian /etc/mysql files are never read (--defaults-file). */
export function renderMyCnf(o: MyCnfOptions): string {
  const lines = [
    '[mariadbd]',
    ...(o.runAsRoot ? ['user=root'] : []),
    `datadir=${o.dataDir}`,
    `tmpdir=${o.tmpDir}`,
    `socket=${o.socket}`,
    `pid-file=${o.pidFile}`,
    `log-error=${o.logError}`,
    `port=${o.port}`,
    'bind-address=127.0.0.1',
    'skip-name-resolve',
    `server_id=${o.role === 'primary' ? 1 : 2}`,
    'log_bin=binlog',
    `relay_log=relay-bin`,
    'binlog_format=ROW',
    'gtid_strict_mode=1',
    'log_slave_updates=1',
    `read_only=${o.role === 'primary' ? 0 : 1}`,
    // Like Aurora: UTC and utf8mb4 regardless of the host's settings.
    'default_time_zone=+00:00',
    'character_set_server=utf8mb4',
    'collation_server=utf8mb4_unicode_ci',
    // Small and quick: a dev box runs two of these next to everything else.
    'innodb_buffer_pool_size=64M',
    'innodb_log_file_size=32M',
    'innodb_buffer_pool_dump_at_shutdown=0',
    'innodb_buffer_pool_load_at_startup=0',
    'performance_schema=0',
    'max_connections=300',
    '',
  ];
  return lines.join('\n');
}

export function mariadbBinary(name: string): string {
  // /usr/sbin is not on a normal user's PATH, and that is where Debian puts mariadbd.
  for (const dir of ['/usr/sbin', '/usr/bin', '/usr/local/sbin', '/usr/local/bin']) {
    const candidate = join(dir, name);
    if (existsSync(candidate)) {
      return candidate;
    }
  }
  return name;
}

/** Writes my.cnf every start (ports may change) and creates the data folder once. */
export async function prepareDatabase(config: StackConfig, role: DbRole, logError: string): Promise<void> {
  const paths = dbPaths(config, role);
  // sun_path holds 108 bytes; mariadbd's own error for a longer path is obscure.
  if (Buffer.byteLength(paths.socket) > 107) {
    throw new Error(`socket path too long for a unix socket (${paths.socket}): use a shorter PD_STACK_DIR`);
  }
  await mkdir(paths.dir, { recursive: true });
  const port = role === 'primary' ? config.ports.dbPrimary : config.ports.dbReplica;
  const cnf = renderMyCnf({
    role,
    port,
    dataDir: paths.dataDir,
    tmpDir: join(paths.dir, 'tmp'),
    socket: paths.socket,
    pidFile: join(paths.dir, 'mariadbd.pid'),
    logError,
    runAsRoot: config.isRoot,
  });
  await writeFile(paths.cnf, cnf);
  await mkdir(join(paths.dir, 'tmp'), { recursive: true });
  if (existsSync(paths.dataDir)) {
    return;
  }
  // Initialise beside the real folder and rename on success: a half-made data folder
  // would otherwise pass for a ready one and start without its privilege tables.
  const partial = `${paths.dataDir}.partial`;
  await rm(partial, { recursive: true, force: true });
  await run(mariadbBinary('mariadb-install-db'), [
    `--defaults-file=${paths.cnf}`,
    `--datadir=${partial}`,
    '--auth-root-authentication-method=socket',
    '--skip-test-db',
  ]).catch((error: Error & { stdout?: string; stderr?: string }) => {
    const output = `${error.stdout ?? ''}${error.stderr ?? ''}`.trim().split('\n').slice(-5).join('\n');
    throw new Error(`mariadb-install-db for the ${role} failed (see ${logError}): ${output || error.message}`);
  });
  await rename(partial, paths.dataDir);
}

const quote = (value: string): string => `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

/**
 * Runs on the primary with the binlog on, so the replica replays users and database
 * itself: no dump is needed.
 */
export async function bootstrapPrimary(config: StackConfig, secrets: StackSecrets): Promise<void> {
  // Written last, so an interrupted bootstrap runs again (every statement is idempotent).
  const marker = join(dbPaths(config, 'primary').dir, 'bootstrapped');
  if (existsSync(marker)) {
    return;
  }
  const app = `${quote(DB_APP_USER)}@'%'`;
  const repl = `${quote(DB_REPLICATION_USER)}@'127.0.0.1'`;
  await withAdmin(dbPaths(config, 'primary').socket, { noBinlog: false }, async (c) => {
    await c.query(`CREATE USER IF NOT EXISTS ${repl} IDENTIFIED BY ${quote(secrets.dbReplicationPassword)}`);
    await c.query(`GRANT REPLICATION SLAVE ON *.* TO ${repl}`);
    await c.query(`CREATE DATABASE IF NOT EXISTS \`${DB_NAME}\``);
    await c.query(`CREATE USER IF NOT EXISTS ${app} IDENTIFIED BY ${quote(secrets.dbAppPassword)}`);
    await c.query(`GRANT ALL PRIVILEGES ON \`${DB_NAME}\`.* TO ${app}`);
    // `\_` is a literal underscore in a grant pattern: one database per test worker.
    await c.query(`GRANT ALL PRIVILEGES ON \`${DB_NAME}\\_%\`.* TO ${app}`);
  });
  await writeFile(marker, `${new Date().toISOString()}\n`);
}

/** Points the replica at the primary once, or again when the primary's port changed. */
export async function configureReplica(config: StackConfig, secrets: StackSecrets): Promise<void> {
  await withAdmin(dbPaths(config, 'replica').socket, { noBinlog: true }, async (c) => {
    const status = (await queryRows(c, 'SHOW SLAVE STATUS'))[0];
    if (status && Number(status['Master_Port']) === config.ports.dbPrimary && status['Master_User'] === DB_REPLICATION_USER) {
      return;
    }
    await c.query('STOP SLAVE');
    await c.query(
      `CHANGE MASTER TO MASTER_HOST='127.0.0.1', MASTER_PORT=${config.ports.dbPrimary}, ` +
        `MASTER_USER=${quote(DB_REPLICATION_USER)}, MASTER_PASSWORD=${quote(secrets.dbReplicationPassword)}, ` +
        'MASTER_USE_GTID=slave_pos, MASTER_CONNECT_RETRY=1',
    );
    await c.query('START SLAVE');
  });
}

export async function setReplication(config: StackConfig, running: boolean): Promise<void> {
  await withAdmin(dbPaths(config, 'replica').socket, { noBinlog: true }, async (c) => {
    await c.query(running ? 'START SLAVE' : 'STOP SLAVE');
  });
}

/** Waits until the replica has applied everything the primary has binlogged so far. */
export async function waitForCatchUp(config: StackConfig, timeoutMs: number): Promise<void> {
  const position = await withAdmin(dbPaths(config, 'primary').socket, { noBinlog: false }, (c) =>
    scalar(c, 'SELECT @@gtid_binlog_pos'),
  );
  const result = await withAdmin(dbPaths(config, 'replica').socket, { noBinlog: true }, (c) =>
    scalar(c, 'SELECT MASTER_GTID_WAIT(?, ?)', [String(position ?? ''), timeoutMs / 1000]),
  );
  if (Number(result) !== 0) {
    const status = await withAdmin(dbPaths(config, 'replica').socket, { noBinlog: true }, (c) =>
      queryRows(c, 'SHOW SLAVE STATUS'),
    );
    const row = status[0];
    const detail = row
      ? `IO ${String(row['Slave_IO_Running'])}, SQL ${String(row['Slave_SQL_Running'])}, ` +
        `last error: ${String(row['Last_IO_Error'] || row['Last_SQL_Error'] || 'none')}`
      : 'replication is not configured';
    throw new Error(`replica did not reach primary GTID ${String(position)} within ${timeoutMs} ms (${detail})`);
  }
}
