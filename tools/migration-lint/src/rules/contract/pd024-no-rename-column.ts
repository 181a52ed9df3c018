import type { Rule } from '../rule.ts';

const SAFE =
  'add the new column, write both, backfill it in a job, switch reads, stop writing the old one, and drop it in a contract migration';

// Instant since MySQL 8.0.28, and exactly as breaking: N-1's entities SELECT and INSERT
// the old name. CHANGE old new counts too, it is how TypeORM renames.
export const noRenameColumn: Rule = {
  id: 'PD024',
  title: 'no RENAME COLUMN / CHANGE old new: expand/contract copy instead',
  scope: 'statement',
  check({ statement }) {
    if (statement.kind !== 'alter-table') {
      return [];
    }
    return statement.actions.flatMap((action) => {
      if (action.type === 'rename-column') {
        return [`RENAME COLUMN ${statement.table}.${action.from} TO ${action.to} breaks release N-1 at once: ${SAFE}`];
      }
      if (action.type === 'modify-column' && action.from.toLowerCase() !== action.column.name.toLowerCase()) {
        return [
          `CHANGE ${action.from} ${action.column.name} renames ${statement.table}.${action.from} and breaks release N-1 at once: ${SAFE}`,
        ];
      }
      return [];
    });
  },
};
