import type { Rule } from '../rule.ts';

// A STORED generated column is computed and written for every row: a table copy
// (strong_migrations "adding a stored generated column"). A VIRTUAL one is metadata.
export const noStoredGeneratedColumn: Rule = {
  id: 'PD046',
  title: 'no STORED generated column added to an existing table (VIRTUAL is fine)',
  scope: 'statement',
  check(context) {
    const { statement } = context;
    if (statement.kind !== 'alter-table' || context.isNewTable(statement.table)) {
      return [];
    }
    return statement.actions.flatMap((action) =>
      (action.type === 'add-column' || action.type === 'modify-column') && action.column.generated === 'stored'
        ? [
            `STORED generated column ${statement.table}.${action.column.name} rewrites every row while blocking writes: make it VIRTUAL (and index it if queries need it)`,
          ]
        : [],
    );
  },
};
