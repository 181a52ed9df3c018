import type { Rule } from '../rule.ts';
import { modifiedColumns } from './modified-columns.ts';

export const enumAppendOnly: Rule = {
  id: 'PD044',
  title: 'ENUM / SET members only appended at the end, within the same storage size',
  scope: 'statement',
  check(context) {
    return modifiedColumns(context).flatMap(({ table, from, change }) =>
      change?.type.kind === 'members-changed'
        ? [
            `${table}.${from}: ${change.type.reason}: that copies the table, and release N-1 may still write or read the old members; append new members at the end only, and retire old ones after a backfill in a contract migration`,
          ]
        : [],
    );
  },
};
