import type { Rule } from '../rule.ts';

// MySQL 8.0 manual, primary key operations: adding one rebuilds the table with every
// secondary index; dropping one alone is a COPY that blocks writes.
export const noPrimaryKeyChange: Rule = {
  id: 'PD036',
  title: 'no primary key added to or dropped from an existing table',
  scope: 'statement',
  check(context) {
    const { statement } = context;
    if (statement.kind !== 'alter-table' || context.isNewTable(statement.table)) {
      return [];
    }
    const SAFE =
      'create a new table with the new key, write to both, backfill it in a job, switch, and drop the old table in a contract migration';
    return statement.actions.flatMap((action) => {
      if (action.type === 'drop-primary-key') {
        return [`DROP PRIMARY KEY on ${statement.table} copies the table and blocks writes: ${SAFE}`];
      }
      if ((action.type === 'add-index' && action.index.kind === 'primary') || (action.type === 'add-column' && action.column.primaryKey)) {
        return [`a new PRIMARY KEY on ${statement.table} rebuilds the table and all its indexes: ${SAFE}`];
      }
      return [];
    });
  },
};
