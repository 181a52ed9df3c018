import { describe, expect, it } from 'vitest';
import { describeChange, exactSchemaPattern, privilegeChanges } from './user-privileges';
import type { DesiredPrivileges, HeldPrivilege } from './user-privileges';

const readWrite: DesiredPrivileges = { global: [], schema: ['SELECT', 'INSERT', 'UPDATE', 'DELETE'] };
const monitor: DesiredPrivileges = { global: ['REPLICATION CLIENT'], schema: [] };
const APP = 'pitchdesk';

const usage: HeldPrivilege = { level: 'global', privilege: 'USAGE', grantable: false };
const onApp = (...privileges: string[]): HeldPrivilege[] => privileges.map((privilege) => ({ level: 'schema', schema: APP, privilege, grantable: false }));
const changes = (held: readonly HeldPrivilege[], desired: DesiredPrivileges = readWrite): string[] => privilegeChanges(held, desired, APP).map(describeChange);

describe('privilegeChanges', () => {
  it('grants everything to a new user, nothing else', () => {
    expect(changes([])).toEqual(['GRANT SELECT, INSERT, UPDATE, DELETE ON `pitchdesk`.*']);
    expect(changes([], monitor)).toEqual(['GRANT REPLICATION CLIENT ON *.*']);
  });

  it('changes nothing when the user holds exactly its privileges', () => {
    expect(changes([usage, ...onApp('SELECT', 'INSERT', 'UPDATE', 'DELETE')])).toEqual([]);
  });

  it('grants only what is missing', () => {
    expect(changes([usage, ...onApp('SELECT', 'DELETE')])).toEqual(['GRANT INSERT, UPDATE ON `pitchdesk`.*']);
  });

  it('takes MariaDB BINLOG MONITOR for REPLICATION CLIENT, and revokes an extra one by the name the server uses', () => {
    const binlogMonitor: HeldPrivilege = { level: 'global', privilege: 'BINLOG MONITOR', grantable: false };
    expect(changes([binlogMonitor], monitor)).toEqual([]);
    expect(changes([binlogMonitor, ...onApp('SELECT')], { global: [], schema: ['SELECT'] })).toEqual(['REVOKE BINLOG MONITOR ON *.*']);
  });

  it('narrows ALL PRIVILEGES on the app schema one extra at a time, never REVOKE ALL', () => {
    const all = onApp('SELECT', 'INSERT', 'UPDATE', 'DELETE', 'CREATE', 'DROP', 'ALTER');
    expect(changes([usage, ...all])).toEqual(['REVOKE CREATE, DROP, ALTER ON `pitchdesk`.*']);
  });

  it('revokes privileges on other schemas, tables and columns, and every grant option', () => {
    const held: HeldPrivilege[] = [
      { level: 'global', privilege: 'PROCESS', grantable: true },
      ...onApp('SELECT', 'INSERT', 'UPDATE'),
      { level: 'schema', schema: APP, privilege: 'DELETE', grantable: true },
      { level: 'schema', schema: 'other\\_db', privilege: 'SELECT', grantable: false },
      { level: 'table', schema: 'mysql', table: 'user', privilege: 'SELECT', grantable: false },
      { level: 'column', schema: 'mysql', table: 'user', column: 'Password', privilege: 'UPDATE', grantable: false },
    ];
    expect(changes(held)).toEqual([
      'REVOKE PROCESS, GRANT OPTION ON *.*',
      'REVOKE GRANT OPTION ON `pitchdesk`.*',
      'REVOKE SELECT ON `other\\_db`.*',
      'REVOKE SELECT, UPDATE (`Password`) ON `mysql`.`user`',
    ]);
  });

  it('grants before it revokes, so a kept privilege is never missing in between', () => {
    const kinds = privilegeChanges([...onApp('SELECT', 'CREATE')], readWrite, APP).map((change) => change.verb);
    expect(kinds).toEqual(['GRANT', 'REVOKE']);
  });

  it('treats a privilege on a wildcard pattern that matches the app schema as another schema', () => {
    const held: HeldPrivilege[] = [{ level: 'schema', schema: 'pitchdesk%', privilege: 'SELECT', grantable: false }];
    expect(changes(held, { global: [], schema: ['SELECT'] })).toEqual(['GRANT SELECT ON `pitchdesk`.*', 'REVOKE SELECT ON `pitchdesk%`.*']);
  });
});

describe('exactSchemaPattern', () => {
  it.each([
    ['pitchdesk', 'pitchdesk'],
    ['pitchdesk_test_1', 'pitchdesk\\_test\\_1'],
    ['a%b\\c', 'a\\%b\\\\c'],
  ])('escapes the wildcards of %s', (database, pattern) => {
    expect(exactSchemaPattern(database)).toBe(pattern);
  });
});
