import type { IndexDefinition } from '../../sql/statement.ts';
import type { Rule } from '../rule.ts';

// MySQL 8.0 manual, index operations: adding a FULLTEXT or SPATIAL index does not permit
// concurrent DML, and the first FULLTEXT index rebuilds the table (FTS_DOC_ID).
export const noFulltextSpatialOnExistingTable: Rule = {
  id: 'PD035',
  title: 'no FULLTEXT / SPATIAL index added to an existing table',
  scope: 'statement',
  check(context) {
    const { statement } = context;
    const additions: { table: string; index: IndexDefinition }[] =
      statement.kind === 'create-index'
        ? [{ table: statement.table, index: statement.index }]
        : statement.kind === 'alter-table'
          ? statement.actions.flatMap((action) => (action.type === 'add-index' ? [{ table: statement.table, index: action.index }] : []))
          : [];
    return additions
      .filter(({ table, index }) => (index.kind === 'fulltext' || index.kind === 'spatial') && !context.isNewTable(table))
      .map(
        ({ table, index }) =>
          `${index.kind.toUpperCase()} index ${index.name ?? ''} on existing table ${table}: building it blocks every write (no LOCK=NONE); declare it in CREATE TABLE of a new table, or build it with gh-ost/Spirit under a reviewed override`,
      );
  },
};
