import { randomBytes } from 'node:crypto';
import { createConnection } from 'mysql2/promise';
import type { Connection } from 'mysql2/promise';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { MigrationConfig } from '../../src/config/app-config';
import { MigrateExit, runMigrations } from '../../src/database/migration-runner';
import type { DatabaseUserNames } from '../../src/database/runner/database-users';
import { runMigrateCli } from '../../src/database/runner/migrate-cli';
import { FIXTURE_SETS } from './support/migration-runner/fixture-migrations';
import { MemoryLogger, rowsOf, scratchDatabase } from './support/migration-runner/scratch-database';
import type { ScratchDatabase } from './support/migration-runner/scratch-database';
import { readStackEnv } from './support/stack';

// The runner keeps the users ProxySQL logs in as (read-write, read-only, monitor) in step.
// It runs as a master user made like Aurora's (global privileges WITH GRANT OPTION, no
// SUPER), not as the local stack's app user, which may not create users. Every name carries
// this run's suffix, so parallel runs never meet; everything is dropped at the end.

const suffix = randomBytes(4).toString('hex');
const NAMES: DatabaseUserNames = { readWrite: `pdt_rw_${suffix}`, readOnly: `pdt_ro_${suffix}`, monitor: `pdt_mon_${suffix}` };
const MASTER = `pdt_master_${suffix}`;
const secret = (label: string): string => `${label}-${randomBytes(12).toString('hex')}`;
const masterPassword = secret('master');

// What Aurora MySQL gives its master user (rds_superuser_role), as MariaDB spells it.
const AURORA_MASTER_PRIVILEGES =
  'SELECT, INSERT, UPDATE, DELETE, CREATE, DROP, RELOAD, PROCESS, REFERENCES, INDEX, ALTER, SHOW DATABASES, CREATE TEMPORARY TABLES, ' +
  'LOCK TABLES, EXECUTE, REPLICATION SLAVE, REPLICATION CLIENT, CREATE VIEW, SHOW VIEW, CREATE ROUTINE, ALTER ROUTINE, CREATE USER, EVENT, TRIGGER';

interface Passwords {
  readonly PD_DB_APP_RW_PASSWORD: string;
  readonly PD_DB_APP_RO_PASSWORD: string;
  readonly PD_DB_MONITOR_PASSWORD: string;
}
const freshPasswords = (): Passwords => ({ PD_DB_APP_RW_PASSWORD: secret('rw'), PD_DB_APP_RO_PASSWORD: secret('ro'), PD_DB_MONITOR_PASSWORD: secret('mon') });

async function asRoot<T>(work: (root: Connection) => Promise<T>): Promise<T> {
  const env = await readStackEnv();
  const root = await createConnection({ socketPath: env['PD_DB_PRIMARY_ADMIN_SOCKET'], user: 'root' });
  try {
    return await work(root);
  } finally {
    await root.end();
  }
}

/** The MySQL error number a promise fails with; 0 when it succeeds. */
async function errnoOf(work: Promise<unknown>): Promise<number> {
  try {
    await work;
    return 0;
  } catch (error) {
    return (error as { errno?: number }).errno ?? -1;
  }
}

describe('the migration runner keeps the database users in step', () => {
  let database: ScratchDatabase;
  let logger: MemoryLogger;
  let opened: Connection[] = [];

  const login = async (user: string, password: string, withDatabase = true): Promise<Connection> => {
    const url = new URL(database.url);
    const connection = await createConnection({
      host: url.hostname,
      port: Number(url.port),
      user,
      password,
      ...(withDatabase ? { database: database.name } : {}),
    });
    opened.push(connection);
    return connection;
  };
  /** The scratch database as an exact GRANT pattern (`_` is a wildcard there). */
  const appSchemaPattern = (): string => database.name.replace(/_/g, '\\_');
  const configWith = (passwords: Partial<Passwords>): MigrationConfig => {
    const url = new URL(database.url);
    url.username = MASTER;
    url.password = masterPassword;
    return { ...database.config, PD_DB_PRIMARY_URL: url.toString(), ...passwords };
  };
  const run = (passwords: Partial<Passwords>, dryRun = false): Promise<MigrateExit> =>
    runMigrations(configWith(passwords), logger, { migrations: FIXTURE_SETS.base, databaseUserNames: NAMES, dryRun });
  const grantsOf = async (user: string): Promise<string[]> =>
    asRoot(async (root) =>
      (await rowsOf<Record<string, string>>(root, 'SHOW GRANTS FOR ?@?', [user, '%']))
        .map((row) => String(Object.values(row)[0]).replace(/ IDENTIFIED BY PASSWORD '[^']*'/, ''))
        .sort(),
    );
  const usersThatExist = async (): Promise<string[]> =>
    asRoot(async (root) => (await rowsOf<{ User: string }>(root, 'SELECT User FROM mysql.user WHERE User LIKE ? ORDER BY User', [`pdt\\_%\\_${suffix}`])).map((row) => row.User));
  const dropUsers = (): Promise<void> =>
    asRoot(async (root) => {
      for (const name of Object.values(NAMES)) {
        await root.query('DROP USER IF EXISTS ?@?', [name, '%']);
      }
    });

  beforeAll(async () => {
    await asRoot(async (root) => {
      await root.query('CREATE USER IF NOT EXISTS ?@? IDENTIFIED BY ?', [MASTER, '%', masterPassword]);
      await root.query(`GRANT ${AURORA_MASTER_PRIVILEGES} ON *.* TO ?@? WITH GRANT OPTION`, [MASTER, '%']);
    });
  });

  afterAll(async () => {
    await dropUsers();
    await asRoot((root) => root.query('DROP USER IF EXISTS ?@?', [MASTER, '%']));
  });

  beforeEach(async () => {
    database = await scratchDatabase('users');
    logger = new MemoryLogger();
  });

  afterEach(async () => {
    await Promise.all(opened.map((connection) => connection.end().catch(() => undefined)));
    opened = [];
    await dropUsers();
    await database.drop();
  });

  it('creates the three users under the lock, before the migrations, each able to do exactly its job', async () => {
    const passwords = freshPasswords();
    expect(await run(passwords)).toBe(MigrateExit.OK);

    const messages = logger.messages();
    expect(messages.indexOf('database user in step')).toBeGreaterThan(-1);
    expect(messages.lastIndexOf('database user in step')).toBeLessThan(messages.indexOf('step done'));
    expect(logger.entries.filter((entry) => entry.message === 'database user in step').map((entry) => [entry['user'], entry['action'], entry['grant']])).toEqual([
      [NAMES.readWrite, 'created', [`GRANT SELECT, INSERT, UPDATE, DELETE ON \`${appSchemaPattern()}\`.*`]],
      [NAMES.readOnly, 'created', [`GRANT SELECT ON \`${appSchemaPattern()}\`.*`]],
      [NAMES.monitor, 'created', ['GRANT REPLICATION CLIENT ON *.*']],
    ]);

    const readWrite = await login(NAMES.readWrite, passwords.PD_DB_APP_RW_PASSWORD);
    await readWrite.query("INSERT INTO widgets (label) VALUES ('tent')");
    await readWrite.query("UPDATE widgets SET label = 'big tent'");
    await readWrite.beginTransaction();
    expect(await rowsOf(readWrite, 'SELECT label FROM widgets FOR UPDATE SKIP LOCKED')).toEqual([{ label: 'big tent' }]);
    await readWrite.commit();
    await readWrite.query("DELETE FROM widgets WHERE label = 'big tent'");
    expect(await errnoOf(readWrite.query('CREATE TABLE intruder (id INT PRIMARY KEY)'))).toBe(1142);
    expect(await errnoOf(readWrite.query('DROP TABLE widgets'))).toBe(1142);
    expect(await errnoOf(readWrite.query('SELECT User FROM mysql.user'))).toBe(1142);

    const readOnly = await login(NAMES.readOnly, passwords.PD_DB_APP_RO_PASSWORD);
    expect(await rowsOf(readOnly, 'SELECT COUNT(*) AS n FROM widgets')).toEqual([{ n: 0 }]);
    expect(await errnoOf(readOnly.query("INSERT INTO widgets (label) VALUES ('no')"))).toBe(1142);
    expect(await errnoOf(readOnly.query('SHOW MASTER STATUS'))).toBe(1227);

    const monitor = await login(NAMES.monitor, passwords.PD_DB_MONITOR_PASSWORD, false);
    expect(await errnoOf(monitor.query('SHOW MASTER STATUS'))).toBe(0);
    expect(await errnoOf(monitor.query(`SELECT * FROM \`${database.name}\`.widgets`))).toBe(1142);

    expect(await grantsOf(NAMES.readOnly)).toEqual([
      `GRANT SELECT ON \`${appSchemaPattern()}\`.* TO \`${NAMES.readOnly}\`@\`%\``,
      `GRANT USAGE ON *.* TO \`${NAMES.readOnly}\`@\`%\``,
    ]);
    const output = JSON.stringify(logger.entries);
    for (const password of Object.values(passwords)) {
      expect(output).not.toContain(password);
    }
  });

  it('rotates the passwords on a second run with new ones: the old ones are refused, the grants stay', async () => {
    const first = freshPasswords();
    expect(await run(first)).toBe(MigrateExit.OK);
    const grantsBefore = await grantsOf(NAMES.readWrite);
    const second = freshPasswords();
    logger = new MemoryLogger();

    expect(await run(second)).toBe(MigrateExit.OK);

    for (const [name, oldPassword, newPassword] of [
      [NAMES.readWrite, first.PD_DB_APP_RW_PASSWORD, second.PD_DB_APP_RW_PASSWORD],
      [NAMES.readOnly, first.PD_DB_APP_RO_PASSWORD, second.PD_DB_APP_RO_PASSWORD],
      [NAMES.monitor, first.PD_DB_MONITOR_PASSWORD, second.PD_DB_MONITOR_PASSWORD],
    ] as const) {
      expect(await errnoOf(login(name, oldPassword, false))).toBe(1045);
      expect(await errnoOf(login(name, newPassword, false))).toBe(0);
    }
    expect(await grantsOf(NAMES.readWrite)).toEqual(grantsBefore);
    const updates = logger.entries.filter((entry) => entry.message === 'database user in step');
    expect(updates.map((entry) => [entry['action'], entry['grant'], entry['revoke']])).toEqual([
      ['updated', [], []],
      ['updated', [], []],
      ['updated', [], []],
    ]);
    const output = JSON.stringify(logger.entries);
    for (const password of [...Object.values(first), ...Object.values(second)]) {
      expect(output).not.toContain(password);
    }
  });

  it('takes away what a user should not have: extra privileges, other schemas, grant options', async () => {
    const passwords = freshPasswords();
    await asRoot(async (root) => {
      await root.query('CREATE USER ?@? IDENTIFIED BY ?', [NAMES.readOnly, '%', 'hand-made-password']);
      // Only privileges Aurora's master holds too: one may revoke only what one may grant.
      await root.query(`GRANT SELECT, INSERT, UPDATE, CREATE ON \`${appSchemaPattern()}\`.* TO ?@? WITH GRANT OPTION`, [NAMES.readOnly, '%']);
      await root.query(`GRANT SELECT ON \`${appSchemaPattern()}\\_other\`.* TO ?@?`, [NAMES.readOnly, '%']);
      await root.query('GRANT SELECT ON mysql.user TO ?@?', [NAMES.readOnly, '%']);
      await root.query('GRANT PROCESS ON *.* TO ?@?', [NAMES.readOnly, '%']);
    });

    expect(await run(passwords)).toBe(MigrateExit.OK);

    const readOnly = await login(NAMES.readOnly, passwords.PD_DB_APP_RO_PASSWORD);
    expect(await errnoOf(readOnly.query("INSERT INTO widgets (label) VALUES ('no')"))).toBe(1142);
    expect(await errnoOf(readOnly.query('SELECT User FROM mysql.user'))).toBe(1142);
    expect(await grantsOf(NAMES.readOnly)).toEqual([
      `GRANT SELECT ON \`${appSchemaPattern()}\`.* TO \`${NAMES.readOnly}\`@\`%\``,
      `GRANT USAGE ON *.* TO \`${NAMES.readOnly}\`@\`%\``,
    ]);
  });

  it('on a dry run lists what it would do, without passwords, and changes nothing', async () => {
    const passwords = freshPasswords();
    expect(await run(passwords, true)).toBe(MigrateExit.OK);

    const plans = logger.entries.filter((entry) => entry.message === 'plan: database user');
    expect(plans.map((entry) => [entry['user'], entry['action'], entry['grant'], entry['revoke']])).toEqual([
      [NAMES.readWrite, 'create', [`GRANT SELECT, INSERT, UPDATE, DELETE ON \`${appSchemaPattern()}\`.*`], []],
      [NAMES.readOnly, 'create', [`GRANT SELECT ON \`${appSchemaPattern()}\`.*`], []],
      [NAMES.monitor, 'create', ['GRANT REPLICATION CLIENT ON *.*'], []],
    ]);
    expect(await usersThatExist()).toEqual([MASTER]);
    const output = JSON.stringify(logger.entries);
    for (const password of Object.values(passwords)) {
      expect(output).not.toContain(password);
    }
  });

  it('exits 2 naming the missing variables when only some passwords are set, before touching the database', async () => {
    const passwords = freshPasswords();
    const printed: string[] = [];
    const capture = (...args: unknown[]): void => {
      printed.push(args.map(String).join(' '));
    };
    const error = vi.spyOn(console, 'error').mockImplementation(capture);
    const log = vi.spyOn(console, 'log').mockImplementation(capture);
    const stdout = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      printed.push(String(chunk));
      return true;
    });
    try {
      const env = { PD_DB_PRIMARY_URL: configWith({}).PD_DB_PRIMARY_URL, PD_DB_APP_RW_PASSWORD: passwords.PD_DB_APP_RW_PASSWORD };
      expect(await runMigrateCli([], env, FIXTURE_SETS.base)).toBe(MigrateExit.CONFIG);
    } finally {
      error.mockRestore();
      log.mockRestore();
      stdout.mockRestore();
    }

    const output = printed.join('\n');
    expect(output).toContain('PD_DB_APP_RO_PASSWORD: must be set too');
    expect(output).toContain('PD_DB_MONITOR_PASSWORD: must be set too');
    expect(output).not.toContain('PD_DB_APP_RW_PASSWORD: must be set too');
    expect(output).not.toContain(passwords.PD_DB_APP_RW_PASSWORD);
    const connection = await database.connect();
    opened.push(connection);
    expect(await rowsOf(connection, 'SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE()')).toEqual([]);
  });

  it('fails with exit 1 naming the user and the statement when the master may not create users, without the password', async () => {
    const passwords = freshPasswords();
    // INSERT on the mysql schema would do as well as CREATE USER: take both.
    await asRoot((root) => root.query('REVOKE CREATE USER, INSERT ON *.* FROM ?@?', [MASTER, '%']));
    try {
      expect(await run(passwords)).toBe(MigrateExit.FAILED);
    } finally {
      await asRoot((root) => root.query('GRANT CREATE USER, INSERT ON *.* TO ?@? WITH GRANT OPTION', [MASTER, '%']));
    }

    const failure = logger.entries.find((entry) => entry.level === 'error');
    expect(failure).toMatchObject({
      message: `could not keep database user ${NAMES.readWrite} in step`,
      user: NAMES.readWrite,
      statement: `CREATE USER '${NAMES.readWrite}'@'%' IDENTIFIED BY [redacted]`,
    });
    expect(String(failure?.['error'])).toMatch(/CREATE USER/);
    expect(logger.messages()).not.toContain('step done');
    expect(JSON.stringify(logger.entries)).not.toContain(passwords.PD_DB_APP_RW_PASSWORD);
  });
});
