import type { Rule } from '../rule.ts';

export const noTruncateOrDropDatabase: Rule = {
  id: 'PD025',
  title: 'no TRUNCATE or DROP DATABASE in a migration',
  scope: 'statement',
  check({ statement }) {
    if (statement.kind === 'truncate') {
      return [
        `TRUNCATE ${statement.tables.join(', ')} deletes every row with no way back while release N-1 still uses the table: never in a migration; stop using the table and drop it through a deprecation manifest and a contract migration`,
      ];
    }
    if (statement.kind === 'drop-database') {
      return [
        `DROP DATABASE ${statement.name} in a migration: never; tenants are created and retired by infrastructure runbooks, not migrations`,
      ];
    }
    return [];
  },
};
