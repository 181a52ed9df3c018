import type { Rule } from '../rule.ts';

// strong_migrations: MySQL has no NOT VALID; an enforced CHECK is verified against every
// row while the table is locked, and then rejects release N-1's writes that break it.
export const noCheckOnExistingTable: Rule = {
  id: 'PD051',
  title: 'no CHECK constraint added to an existing table',
  scope: 'statement',
  check(context) {
    const { statement } = context;
    if (statement.kind !== 'alter-table' || context.isNewTable(statement.table)) {
      return [];
    }
    return statement.actions.some((action) => action.type === 'add-check')
      ? [
          `CHECK constraint on existing table ${statement.table}: every row is checked under a lock and release N-1's writes may break it; validate in the application (and declare CHECKs only in CREATE TABLE of new tables)`,
        ]
      : [];
  },
};
