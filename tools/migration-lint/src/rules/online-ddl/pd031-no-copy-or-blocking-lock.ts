import type { Rule } from '../rule.ts';
import { BLOCKING_LOCKS, isOnlineStatement, statementLabel } from './online-statement.ts';

export const noCopyOrBlockingLock: Rule = {
  id: 'PD031',
  title: 'no ALGORITHM=COPY, LOCK=SHARED or LOCK=EXCLUSIVE',
  scope: 'statement',
  check({ statement }) {
    if (!isOnlineStatement(statement)) {
      return [];
    }
    const messages: string[] = [];
    if (statement.algorithm === 'COPY') {
      messages.push(
        `${statementLabel(statement)} with ALGORITHM=COPY rebuilds the table while blocking every write: use ALGORITHM=INSTANT or ALGORITHM=INPLACE, LOCK=NONE, or an online schema change tool (gh-ost/Spirit) under a reviewed override`,
      );
    }
    if (statement.lock !== undefined && BLOCKING_LOCKS.has(statement.lock)) {
      const blocks = statement.lock === 'SHARED' ? 'every write' : 'every read and write';
      messages.push(
        `${statementLabel(statement)} with LOCK=${statement.lock} blocks ${blocks} for its whole run: use LOCK=NONE with ALGORITHM=INPLACE, or ALGORITHM=INSTANT`,
      );
    }
    return messages;
  },
};
