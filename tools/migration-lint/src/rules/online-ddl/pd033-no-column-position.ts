import type { Rule } from '../rule.ts';

export const noColumnPosition: Rule = {
  id: 'PD033',
  title: 'no FIRST / AFTER column positions',
  scope: 'statement',
  check({ statement }) {
    if (statement.kind !== 'alter-table') {
      return [];
    }
    return statement.actions.flatMap((action) =>
      (action.type === 'add-column' || action.type === 'modify-column') && action.position !== undefined
        ? [
            `${action.position} on ${statement.table}.${action.column.name}: reordering columns rebuilds the table, and before MySQL 8.0.29 (Aurora 3.04) it also rules out instant ADD COLUMN; TypeORM names every column, so leave the position out`,
          ]
        : [],
    );
  },
};
