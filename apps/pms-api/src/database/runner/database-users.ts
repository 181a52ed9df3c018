import type { LoggerService } from '@nestjs/common';
import { escape } from 'mysql2';
import type { MigrationConfig } from '../../config/app-config';
import { DATABASE_USER_PASSWORD_VARIABLES } from '../../config/app-config';
import { MigrationRunError } from './exit-codes';
import { describeChange, exactSchemaPattern, privilegeChanges } from './user-privileges';
import type { DesiredPrivileges, HeldPrivilege, PrivilegeChange } from './user-privileges';
import type { WriterSession } from './writer-session';

export type DatabaseUserRole = 'readWrite' | 'readOnly' | 'monitor';
export type DatabaseUserNames = Readonly<Record<DatabaseUserRole, string>>;

/** The users ProxySQL logs in as (infra/src/proxysql.ts); tests run with names of their own. */
export const DATABASE_USER_NAMES: DatabaseUserNames = { readWrite: 'pitchdesk_rw', readOnly: 'pitchdesk_ro', monitor: 'proxysql_monitor' };

const PRIVILEGES: Readonly<Record<DatabaseUserRole, DesiredPrivileges>> = {
  // The app's SQL is DML only: SELECT ... FOR UPDATE [SKIP LOCKED] needs SELECT + UPDATE,
  // GET_LOCK needs nothing. Schema changes are the migration task's, as the admin user.
  readWrite: { global: [], schema: ['SELECT', 'INSERT', 'UPDATE', 'DELETE'] },
  readOnly: { global: [], schema: ['SELECT'] },
  // ProxySQL's monitor: connect/ping, read_only and REPLICA_HOST_STATUS need USAGE only;
  // replication lag checks need REPLICATION CLIENT.
  monitor: { global: ['REPLICATION CLIENT'], schema: [] },
};

const PASSWORD_VARIABLE: Readonly<Record<DatabaseUserRole, (typeof DATABASE_USER_PASSWORD_VARIABLES)[number]>> = {
  readWrite: 'PD_DB_APP_RW_PASSWORD',
  readOnly: 'PD_DB_APP_RO_PASSWORD',
  monitor: 'PD_DB_MONITOR_PASSWORD',
};

interface DatabaseUser {
  readonly role: DatabaseUserRole;
  readonly name: string;
  readonly password: string;
  readonly privileges: DesiredPrivileges;
}

/** The users to keep in step, or none when the passwords are not configured (all three or none: the config checks). */
function databaseUsersOf(config: MigrationConfig, names: DatabaseUserNames): DatabaseUser[] {
  const roles: DatabaseUserRole[] = ['readWrite', 'readOnly', 'monitor'];
  return roles.flatMap((role) => {
    const password = config[PASSWORD_VARIABLE[role]];
    if (!/^[A-Za-z0-9_]{1,32}$/.test(names[role])) {
      throw new MigrationRunError('CONFIG', `a database user name must be 1-32 letters, digits or _, got ${names[role]}`);
    }
    return password === undefined ? [] : [{ role, name: names[role], password, privileges: PRIVILEGES[role] }];
  });
}

// One host for every user: ProxySQL's address changes with every task it starts.
const HOST = '%';
// Names are checked (databaseUsersOf) and go into statements as they are: no placeholder,
// so a `?` in the database name of a GRANT can never be taken for one.
const grantee = (name: string): string => `'${name}'@'${HOST}'`;

async function heldPrivileges(session: WriterSession, name: string): Promise<HeldPrivilege[]> {
  type Row = { privilege: string; grantable: string; schema_name: string; table_name: string; column_name: string };
  const from = async (table: string, columns: string): Promise<Row[]> =>
    session.rows<Row>(`SELECT PRIVILEGE_TYPE AS privilege, IS_GRANTABLE AS grantable${columns} FROM information_schema.${table} WHERE GRANTEE = ?`, [grantee(name)]);
  const grantable = (row: Row): boolean => row.grantable === 'YES';
  return [
    ...(await from('USER_PRIVILEGES', '')).map((row): HeldPrivilege => ({ level: 'global', privilege: row.privilege, grantable: grantable(row) })),
    ...(await from('SCHEMA_PRIVILEGES', ', TABLE_SCHEMA AS schema_name')).map(
      (row): HeldPrivilege => ({ level: 'schema', schema: row.schema_name, privilege: row.privilege, grantable: grantable(row) }),
    ),
    ...(await from('TABLE_PRIVILEGES', ', TABLE_SCHEMA AS schema_name, TABLE_NAME AS table_name')).map(
      (row): HeldPrivilege => ({ level: 'table', schema: row.schema_name, table: row.table_name, privilege: row.privilege, grantable: grantable(row) }),
    ),
    ...(await from('COLUMN_PRIVILEGES', ', TABLE_SCHEMA AS schema_name, TABLE_NAME AS table_name, COLUMN_NAME AS column_name')).map(
      (row): HeldPrivilege => ({ level: 'column', schema: row.schema_name, table: row.table_name, column: row.column_name, privilege: row.privilege, grantable: grantable(row) }),
    ),
  ];
}

interface UserPlan {
  readonly user: DatabaseUser;
  readonly exists: boolean;
  readonly changes: readonly PrivilegeChange[];
}

async function planUser(session: WriterSession, user: DatabaseUser, database: string): Promise<UserPlan> {
  // mysql.user, not information_schema: without the right to read other users' grants
  // information_schema shows none, and a user that exists would look new and keep its old password.
  try {
    const found = await session.rows<{ n: number }>('SELECT COUNT(*) AS n FROM mysql.user WHERE User = ? AND Host = ?', [user.name, HOST]);
    const exists = Number(found[0]?.n ?? 0) > 0;
    const held = exists ? await heldPrivileges(session, user.name) : [];
    return { user, exists, changes: privilegeChanges(held, user.privileges, exactSchemaPattern(database)) };
  } catch (error) {
    throw new MigrationRunError('FAILED', `could not read database user ${user.name} and its grants (the master user needs SELECT on mysql.*)`, {
      user: user.name,
      error: error instanceof Error ? error.message : String(error),
    });
  }
}

/** The server's message with every password taken out: a syntax error quotes the statement, escaped as sent. */
function redacted(error: unknown, users: readonly DatabaseUser[]): string {
  let message = error instanceof Error ? error.message : String(error);
  for (const { password } of users) {
    for (const form of [password, escape(password).slice(1, -1)]) {
      message = message.split(form).join('[redacted]');
    }
  }
  return message;
}

async function applyPlan(session: WriterSession, plan: UserPlan, users: readonly DatabaseUser[]): Promise<void> {
  const { user } = plan;
  const statements: { readonly describe: string; readonly sql: string; readonly params: readonly unknown[] }[] = [
    plan.exists
      ? { describe: `ALTER USER ${grantee(user.name)} IDENTIFIED BY [redacted]`, sql: `ALTER USER ${grantee(user.name)} IDENTIFIED BY ?`, params: [user.password] }
      : {
          describe: `CREATE USER ${grantee(user.name)} IDENTIFIED BY [redacted]`,
          sql: `CREATE USER IF NOT EXISTS ${grantee(user.name)} IDENTIFIED BY ?`,
          params: [user.password],
        },
    ...plan.changes.map((change) => ({
      describe: describeChange(change),
      sql: `${change.verb} ${change.privileges.join(', ')} ON ${change.on} ${change.verb === 'GRANT' ? 'TO' : 'FROM'} ${grantee(user.name)}`,
      params: [],
    })),
  ];
  for (const statement of statements) {
    try {
      await session.raw(statement.sql, statement.params);
    } catch (error) {
      // A new error, never the driver's: its `sql` field holds the password.
      throw new MigrationRunError('FAILED', `could not keep database user ${user.name} in step`, {
        user: user.name,
        statement: statement.describe,
        error: redacted(error, users),
      });
    }
  }
}

/**
 * Creates the users ProxySQL logs in as, sets their passwords (rotation) and leaves each
 * with exactly its privileges on the app's schema; on a dry run only says what it would do.
 * Runs under the migration lock, before the migrations. No password reaches a log line.
 */
export async function keepDatabaseUsersInStep(
  session: WriterSession,
  config: MigrationConfig,
  names: DatabaseUserNames,
  database: string,
  logger: LoggerService,
  dryRun: boolean,
): Promise<void> {
  const users = databaseUsersOf(config, names);
  if (users.length === 0) {
    logger.log({ message: 'database users not managed: their passwords are not set', variables: DATABASE_USER_PASSWORD_VARIABLES });
    return;
  }
  for (const user of users) {
    const plan = await planUser(session, user, database);
    const entry = {
      user: user.name,
      role: user.role,
      passwordChange: plan.exists ? 'set again (rotates it if it changed)' : 'set on creation',
      grant: plan.changes.filter((change) => change.verb === 'GRANT').map(describeChange),
      revoke: plan.changes.filter((change) => change.verb === 'REVOKE').map(describeChange),
    };
    if (dryRun) {
      logger.log({ message: 'plan: database user', action: plan.exists ? 'update' : 'create', ...entry });
      continue;
    }
    await applyPlan(session, plan, users);
    logger.log({ message: 'database user in step', action: plan.exists ? 'updated' : 'created', ...entry });
  }
}
