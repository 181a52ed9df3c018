import type { Rule } from '../rule.ts';
import { contractRefusal } from './contract-gate.ts';

export const dropColumn: Rule = {
  id: 'PD021',
  title: 'DROP COLUMN only in a contract migration, for a column a deployed deprecation manifest lists',
  scope: 'statement',
  check(context) {
    const { statement } = context;
    if (statement.kind !== 'alter-table' || context.isNewTable(statement.table)) {
      return [];
    }
    return statement.actions.flatMap((action) =>
      action.type === 'drop-column'
        ? (contractRefusal(
            context,
            `DROP COLUMN ${statement.table}.${action.column}`,
            context.deprecations.column(statement.table, action.column),
          ) ?? [])
        : [],
    );
  },
};
