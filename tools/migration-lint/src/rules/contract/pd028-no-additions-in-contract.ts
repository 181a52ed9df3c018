import type { Rule } from '../rule.ts';

// GitLab learned it in an incident (gitlab#378582): schema additions never go in
// post-deployment migrations. Contract steps may be held back until a deprecating
// release is deployed everywhere, and new code must never wait for what it needs.
export const noAdditionsInContract: Rule = {
  id: 'PD028',
  title: 'contract migrations only remove or tighten; additions go in an expand migration',
  scope: 'statement',
  check({ statement, migration }) {
    if (migration.phase !== 'contract') {
      return [];
    }
    const SAFE = 'move it to an expand migration, which runs before the code that needs it';
    if (statement.kind === 'create-table') {
      return [`CREATE TABLE ${statement.table} in a contract migration: ${SAFE}`];
    }
    if (statement.kind === 'create-index' && statement.index.kind !== 'unique') {
      return [`CREATE INDEX ${statement.index.name ?? ''} in a contract migration: ${SAFE}`];
    }
    if (statement.kind !== 'alter-table') {
      return [];
    }
    return statement.actions.flatMap((action) => {
      if (action.type === 'add-column') {
        return [`ADD COLUMN ${statement.table}.${action.column.name} in a contract migration: ${SAFE}`];
      }
      if (action.type === 'add-index' && action.index.kind !== 'unique') {
        return [`ADD INDEX ${action.index.name ?? ''} on ${statement.table} in a contract migration: ${SAFE}`];
      }
      return [];
    });
  },
};
