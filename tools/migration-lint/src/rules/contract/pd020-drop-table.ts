import type { Rule } from '../rule.ts';
import { contractRefusal } from './contract-gate.ts';

export const dropTable: Rule = {
  id: 'PD020',
  title: 'DROP TABLE only in a contract migration, for a table a deployed deprecation manifest lists',
  scope: 'statement',
  check(context) {
    const { statement } = context;
    if (statement.kind !== 'drop-table') {
      return [];
    }
    return statement.tables
      .filter((table) => !context.isNewTable(table))
      .flatMap((table) => contractRefusal(context, `DROP TABLE ${table}`, context.deprecations.table(table)) ?? []);
  },
};
