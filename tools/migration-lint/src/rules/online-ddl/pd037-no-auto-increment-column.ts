import type { Rule } from '../rule.ts';

// MySQL 8.0 manual: adding an AUTO_INCREMENT column permits no concurrent DML and
// rebuilds the table; strong_migrations adds that statement-based replicas may number
// the existing rows differently.
export const noAutoIncrementColumn: Rule = {
  id: 'PD037',
  title: 'no AUTO_INCREMENT column added to an existing table',
  scope: 'statement',
  check(context) {
    const { statement } = context;
    if (statement.kind !== 'alter-table' || context.isNewTable(statement.table)) {
      return [];
    }
    return statement.actions.flatMap((action) => {
      const before = action.type === 'modify-column' ? context.schema.column(statement.table, action.from) : undefined;
      const added =
        (action.type === 'add-column' && action.column.autoIncrement) ||
        (action.type === 'modify-column' && action.column.autoIncrement && before !== undefined && !before.autoIncrement);
      return added && (action.type === 'add-column' || action.type === 'modify-column')
        ? [
            `AUTO_INCREMENT ${statement.table}.${action.column.name} on an existing table rebuilds it while blocking writes: create a new table with the column and copy rows in a backfill job`,
          ]
        : [];
    });
  },
};
