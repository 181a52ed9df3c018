import type { Rule } from '../rule.ts';

// Atlas MF101 / strong_migrations: a unique index fails on existing duplicates, and once
// built it makes release N-1's duplicate inserts fail.
export const uniqueIndexInContract: Rule = {
  id: 'PD027',
  title: 'a UNIQUE index on an existing table only in a contract migration',
  scope: 'statement',
  check(context) {
    const { statement } = context;
    if (context.migration.phase === 'contract') {
      return [];
    }
    const additions =
      statement.kind === 'create-index'
        ? [{ table: statement.table, index: statement.index }]
        : statement.kind === 'alter-table'
          ? statement.actions.flatMap((action) => (action.type === 'add-index' ? [{ table: statement.table, index: action.index }] : []))
          : [];
    return additions
      .filter(({ table, index }) => index.kind === 'unique' && !context.isNewTable(table))
      .map(
        ({ table, index }) =>
          `UNIQUE index ${index.name ?? `(${index.columns.join(', ')})`} on existing table ${table}: it fails on existing duplicates and then rejects release N-1's duplicate inserts; dedupe in a backfill job, make release N enforce uniqueness, add the index in a contract migration`,
      );
  },
};
