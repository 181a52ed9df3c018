import type { Rule } from '../rule.ts';
import { contractRefusal } from './contract-gate.ts';

// Release N-1's queries may depend on the index for their plan (or a foreign key for its
// lookups): dropping it is a contract step like dropping a column.
export const dropIndex: Rule = {
  id: 'PD022',
  title: 'DROP INDEX only in a contract migration, for an index a deployed deprecation manifest lists',
  scope: 'statement',
  check(context) {
    const { statement } = context;
    const drops =
      statement.kind === 'drop-index'
        ? [{ table: statement.table, index: statement.name }]
        : statement.kind === 'alter-table'
          ? statement.actions.flatMap((action) => (action.type === 'drop-index' ? [{ table: statement.table, index: action.name }] : []))
          : [];
    return drops
      .filter(({ table }) => !context.isNewTable(table))
      .flatMap(
        ({ table, index }) => contractRefusal(context, `DROP INDEX ${index} ON ${table}`, context.deprecations.index(table, index)) ?? [],
      );
  },
};
