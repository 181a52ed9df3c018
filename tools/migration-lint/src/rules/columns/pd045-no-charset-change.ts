import type { Rule } from '../rule.ts';
import { modifiedColumns } from './modified-columns.ts';

// "Converting a character set: In Place No" (MySQL 8.0 manual, table operations): a COPY
// with no concurrent DML, which can also change what counts as a duplicate in a unique key.
export const noCharsetChange: Rule = {
  id: 'PD045',
  title: 'no character set or collation change on existing columns or tables',
  scope: 'statement',
  check(context) {
    const { statement } = context;
    const SAFE =
      'add a new column with the new charset, write both, backfill it in a job, switch reads and drop the old one in a contract migration (check unique keys)';
    const columnChanges = modifiedColumns(context).flatMap(({ table, from, change }) =>
      change?.charset !== undefined ? [`${table}.${from}: ${change.charset} copies the table and blocks writes: ${SAFE}`] : [],
    );
    if (statement.kind !== 'alter-table' || context.isNewTable(statement.table)) {
      return columnChanges;
    }
    const tableChanges = statement.actions.flatMap((action) =>
      action.type === 'table-option' && (action.option === 'charset' || action.option === 'collation')
        ? [
            `default ${action.option === 'charset' ? 'character set' : 'collation'} of ${statement.table} -> ${action.value}: columns added later would differ from the others (joins then fail with "Illegal mix of collations"); keep utf8mb4_unicode_ci, or ${SAFE}`,
          ]
        : [],
    );
    return [...columnChanges, ...tableChanges];
  },
};
