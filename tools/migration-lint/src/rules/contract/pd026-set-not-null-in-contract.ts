import { describeColumnChange } from '../../sql/column-change.ts';
import type { Rule } from '../rule.ts';

export const setNotNullInContract: Rule = {
  id: 'PD026',
  title: 'NULL -> NOT NULL on an existing column only in a contract migration',
  scope: 'statement',
  check(context) {
    const { statement } = context;
    if (statement.kind !== 'alter-table' || context.migration.phase === 'contract' || context.isNewTable(statement.table)) {
      return [];
    }
    const table = context.schema.table(statement.table);
    return statement.actions.flatMap((action) => {
      const before = action.type === 'modify-column' ? table?.columns.get(action.from.toLowerCase()) : undefined;
      if (action.type !== 'modify-column' || !before || !table) {
        return [];
      }
      const change = describeColumnChange(before, action.column, table.charset, table.collation);
      return change.nullability === 'tightened'
        ? [
            `${statement.table}.${action.from} becomes NOT NULL while release N-1 may still write NULL (its inserts then fail) and existing NULLs block it: backfill NULLs in a job, make release N never write NULL, then tighten it in a contract migration`,
          ]
        : [];
    });
  },
};
