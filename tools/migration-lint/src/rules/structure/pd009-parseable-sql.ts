import type { Rule } from '../rule.ts';

export const parseableSql: Rule = {
  id: 'PD009',
  title: 'SQL parses with the MySQL 8 grammar (node-sql-parser); what the linter cannot read, it refuses',
  scope: 'call',
  check({ parsed }) {
    if (parsed === undefined) {
      return [];
    }
    if (!parsed.ok) {
      return [
        `the MySQL grammar cannot parse this SQL (${parsed.error}), so nothing proves it safe: write it in a form the parser reads, or have it reviewed and add a migration-lint-disable PD009 override (ALTER INDEX ... INVISIBLE, RENAME INDEX, ALTER COLUMN ... SET DEFAULT and CONVERT TO CHARACTER SET are among the forms it does not read)`,
      ];
    }
    return parsed.statements.length === 0 ? ['empty SQL: remove the call'] : [];
  },
};
