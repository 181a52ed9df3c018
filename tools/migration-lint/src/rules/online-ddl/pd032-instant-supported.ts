import { instantSupport } from '../../sql/online-ddl.ts';
import type { Rule } from '../rule.ts';
import { isOnlineStatement, statementLabel } from './online-statement.ts';

// An assertion MySQL cannot honour is a migration that fails at deploy time (ER 1845
// "ALGORITHM=INSTANT is not supported for this operation", ER 1221 "Incorrect usage of
// ALGORITHM=INSTANT and LOCK=NONE/SHARED/EXCLUSIVE": instant operations take only
// LOCK=DEFAULT, MySQL 8.0 manual, innodb-online-ddl.html). Better to learn it in review.
export const instantSupported: Rule = {
  id: 'PD032',
  title: 'ALGORITHM=INSTANT only where the target MySQL can do it instantly, and without a LOCK clause',
  scope: 'statement',
  check({ statement, schema, target }) {
    if (!isOnlineStatement(statement) || statement.algorithm !== 'INSTANT') {
      return [];
    }
    const label = statementLabel(statement);
    const messages: string[] = [];
    if (statement.lock !== undefined && statement.lock !== 'DEFAULT') {
      messages.push(
        `${label}: ALGORITHM=INSTANT with LOCK=${statement.lock} is refused by MySQL 8 (ER 1221, instant changes take no LOCK clause): remove the LOCK clause`,
      );
    }
    if (statement.kind !== 'alter-table') {
      messages.push(
        `${label}: index changes are never instant, so ALGORITHM=INSTANT fails at deploy (ER 1845): use ALGORITHM=INPLACE, LOCK=NONE`,
      );
      return messages;
    }
    const table = schema.table(statement.table);
    for (const action of statement.actions) {
      const verdict = instantSupport(action, table, target);
      if (verdict.support === 'no') {
        messages.push(
          `${label}: ALGORITHM=INSTANT cannot do this (${verdict.reason}), so it fails at deploy (ER 1845): use ALGORITHM=INPLACE, LOCK=NONE`,
        );
      }
    }
    return messages;
  },
};
