import type { Rule } from '../rule.ts';

const SAFE = 'create the new table, write to both, backfill it in a job, move reads, then drop the old one in a contract migration';

export const noRenameTable: Rule = {
  id: 'PD023',
  title: 'no RENAME TABLE / ALTER TABLE ... RENAME TO: expand/contract copy instead',
  scope: 'statement',
  check({ statement }) {
    if (statement.kind === 'rename-table') {
      return statement.pairs.map(
        ([from, to]) => `RENAME TABLE ${from} TO ${to} breaks release N-1 at once (its queries name ${from}): ${SAFE}`,
      );
    }
    if (statement.kind === 'alter-table') {
      return statement.actions.flatMap((action) =>
        action.type === 'rename-table'
          ? [
              `ALTER TABLE ${statement.table} RENAME TO ${action.to} breaks release N-1 at once (its queries name ${statement.table}): ${SAFE}`,
            ]
          : [],
      );
    }
    return [];
  },
};
