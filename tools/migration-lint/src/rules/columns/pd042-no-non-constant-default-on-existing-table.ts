import type { Rule } from '../rule.ts';

// An expression default is evaluated for every existing row during the ALTER: not
// instant (vitessio/vitess#16024; strong_migrations' MySQL "expression default" check),
// and CURRENT_TIMESTAMP stamps every old row with the migration time as if it were its
// own (whether MySQL runs that case instantly is not verified here; the data is wrong
// either way).
export const noNonConstantDefaultOnExistingTable: Rule = {
  id: 'PD042',
  title: 'no expression or CURRENT_TIMESTAMP default on a column added to an existing table',
  scope: 'statement',
  check(context) {
    const { statement } = context;
    if (statement.kind !== 'alter-table' || context.isNewTable(statement.table)) {
      return [];
    }
    return statement.actions.flatMap((action) =>
      action.type === 'add-column' && (action.column.defaultKind === 'expression' || action.column.defaultKind === 'current-timestamp')
        ? [
            `ADD COLUMN ${statement.table}.${action.column.name} with a ${action.column.defaultKind === 'expression' ? 'DEFAULT (expression)' : 'CURRENT_TIMESTAMP default'} computes it for every existing row during the ALTER: add it NULL without a default, give it the default in a second step, and backfill old rows in a job`,
          ]
        : [],
    );
  },
};
