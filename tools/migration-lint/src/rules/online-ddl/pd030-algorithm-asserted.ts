import type { Rule } from '../rule.ts';
import { BLOCKING_LOCKS, isOnlineStatement, statementLabel } from './online-statement.ts';

// Without a clause MySQL picks INSTANT, else INPLACE, else COPY, silently: a COPY blocks
// writes for the whole rebuild. With ALGORITHM=INSTANT, or ALGORITHM=INPLACE, LOCK=NONE,
// the server refuses at once when it cannot comply ("If the specified algorithm is not
// supported, the statement halts immediately", MySQL 8.0 manual, innodb-online-ddl.html).
export const algorithmAsserted: Rule = {
  id: 'PD030',
  title: 'ALTER / CREATE INDEX / DROP INDEX assert ALGORITHM=INSTANT, or ALGORITHM=INPLACE with LOCK=NONE',
  scope: 'statement',
  check({ statement }) {
    if (!isOnlineStatement(statement)) {
      return [];
    }
    const { algorithm, lock } = statement;
    const refusedElsewhere =
      algorithm === 'COPY' ||
      (lock !== undefined && BLOCKING_LOCKS.has(lock)) ||
      (algorithm === 'INSTANT' && lock !== undefined && lock !== 'DEFAULT');
    const asserted =
      (algorithm === 'INSTANT' && (lock === undefined || lock === 'DEFAULT')) || (algorithm === 'INPLACE' && lock === 'NONE');
    if (refusedElsewhere || asserted) {
      return [];
    }
    const found = [algorithm && `ALGORITHM=${algorithm}`, lock && `LOCK=${lock}`].filter(Boolean).join(', ') || 'no ALGORITHM/LOCK clause';
    return [
      `${statementLabel(statement)} with ${found}: MySQL may then fall back to a table copy that blocks writes; append ", ALGORITHM=INSTANT" for metadata-only changes or ", ALGORITHM=INPLACE, LOCK=NONE" otherwise, so the server refuses instead of locking`,
    ];
  },
};
