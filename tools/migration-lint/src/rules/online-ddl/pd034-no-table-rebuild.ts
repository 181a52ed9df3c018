import type { Rule } from '../rule.ts';

// ENGINE= (even the same engine: a "null rebuild"), ROW_FORMAT= and KEY_BLOCK_SIZE=
// rebuild the whole table (MySQL 8.0 manual, online DDL table operations); partitioning
// changes copy it. On a hot table that is hours of I/O, replica lag and Aurora reader
// query kills, ending in an exclusive metadata lock.
export const noTableRebuild: Rule = {
  id: 'PD034',
  title: 'no table rebuilds (ENGINE=, ROW_FORMAT=, KEY_BLOCK_SIZE=, partitioning) in a migration',
  scope: 'statement',
  check({ statement }) {
    if (statement.kind !== 'alter-table') {
      return [];
    }
    const SAFE =
      'run it as an online schema change (gh-ost/Spirit) from a reviewed runbook, or override with a reviewed reason for a small table';
    return statement.actions.flatMap((action) => {
      if (
        action.type === 'table-option' &&
        (action.option === 'engine' || action.option === 'row_format' || action.option === 'key_block_size')
      ) {
        return [`${action.option.toUpperCase()}= on ${statement.table} rebuilds the whole table: ${SAFE}`];
      }
      if (action.type === 'partition') {
        return [`partitioning change on ${statement.table} copies the table: ${SAFE}`];
      }
      return [];
    });
  },
};
