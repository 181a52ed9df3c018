/**
 * What a database user must be granted and what must be taken away so that it holds
 * exactly its privileges: pure, over the rows information_schema reports, so the
 * decisions are unit-tested without a server.
 */

/** What a user needs: privileges on every object (`*.*`) and on the app's schema. */
export interface DesiredPrivileges {
  readonly global: readonly string[];
  readonly schema: readonly string[];
}

/**
 * One row of information_schema USER_/SCHEMA_/TABLE_/COLUMN_PRIVILEGES. `schema` is the
 * stored grant pattern at schema level (`pitchdesk\_x`), the database name below it.
 */
export type HeldPrivilege = {
  readonly privilege: string;
  readonly grantable: boolean;
} & (
  | { readonly level: 'global' }
  | { readonly level: 'schema'; readonly schema: string }
  | { readonly level: 'table'; readonly schema: string; readonly table: string }
  | { readonly level: 'column'; readonly schema: string; readonly table: string; readonly column: string }
);

/** One GRANT or REVOKE, without its grantee: `privileges` ON `on`. */
export interface PrivilegeChange {
  readonly verb: 'GRANT' | 'REVOKE';
  readonly privileges: readonly string[];
  readonly on: string;
}

// MariaDB 10.5+ renamed REPLICATION CLIENT and reports the new name; GRANT still takes the old one.
const ALIASES: Readonly<Record<string, string>> = { 'BINLOG MONITOR': 'REPLICATION CLIENT' };
const canonical = (privilege: string): string => {
  const upper = privilege.toUpperCase();
  return ALIASES[upper] ?? upper;
};

const identifier = (name: string): string => `\`${name.replace(/`/g, '``')}\``;

/** A database name as a GRANT pattern that matches only itself: `_` and `%` are wildcards there. */
export function exactSchemaPattern(database: string): string {
  return database.replace(/[\\_%]/g, (character) => `\\${character}`);
}

function objectOf(held: HeldPrivilege): string {
  switch (held.level) {
    case 'global':
      return '*.*';
    case 'schema':
      return `${identifier(held.schema)}.*`;
    case 'table':
    case 'column':
      return `${identifier(held.schema)}.${identifier(held.table)}`;
  }
}

/** Groups privileges by object, keeping the first-seen order of objects and privileges. */
function grouped(verb: PrivilegeChange['verb'], entries: readonly (readonly [on: string, privilege: string])[]): PrivilegeChange[] {
  const byObject = new Map<string, string[]>();
  for (const [on, privilege] of entries) {
    const privileges = byObject.get(on) ?? [];
    if (!privileges.includes(privilege)) {
      privileges.push(privilege);
    }
    byObject.set(on, privileges);
  }
  return [...byObject].map(([on, privileges]) => ({ verb, privileges, on }));
}

/**
 * The GRANTs (first) and REVOKEs that turn `held` into exactly `desired` on `schemaPattern`.
 * Grants come first and extras go one by one, never REVOKE ALL: a live user never loses,
 * even for a moment, a privilege it keeps.
 */
export function privilegeChanges(held: readonly HeldPrivilege[], desired: DesiredPrivileges, schemaPattern: string): PrivilegeChange[] {
  const appSchema = `${identifier(schemaPattern)}.*`;
  const heldOn = (on: string): Set<string> => new Set(held.filter((row) => objectOf(row) === on && row.level !== 'column').map((row) => canonical(row.privilege)));
  const missing = (on: string, privileges: readonly string[]): (readonly [string, string])[] =>
    privileges.filter((privilege) => !heldOn(on).has(canonical(privilege))).map((privilege) => [on, privilege] as const);
  const grants = grouped('GRANT', [...missing('*.*', desired.global), ...missing(appSchema, desired.schema)]);

  const wanted = (row: HeldPrivilege): boolean => {
    const privilege = canonical(row.privilege);
    if (row.level === 'global') {
      return privilege === 'USAGE' || desired.global.some((name) => canonical(name) === privilege);
    }
    return row.level === 'schema' && objectOf(row) === appSchema && desired.schema.some((name) => canonical(name) === privilege);
  };
  const extras: (readonly [string, string])[] = [];
  for (const row of held) {
    if (!wanted(row)) {
      extras.push([objectOf(row), row.level === 'column' ? `${row.privilege} (${identifier(row.column)})` : row.privilege]);
    }
    if (row.grantable) {
      extras.push([objectOf(row), 'GRANT OPTION']);
    }
  }
  return [...grants, ...grouped('REVOKE', extras)];
}

/** `GRANT SELECT, INSERT ON \`db\`.*`: what a log line or a dry run shows (no grantee, no secret). */
export function describeChange(change: PrivilegeChange): string {
  return `${change.verb} ${change.privileges.join(', ')} ON ${change.on}`;
}
