import type { Statement } from '../../sql/statement.ts';
import type { StatementOf } from '../rule.ts';

export type OnlineStatement = StatementOf<'alter-table'> | StatementOf<'create-index'> | StatementOf<'drop-index'>;

/** The statements that take ALGORITHM= and LOCK= clauses. */
export function isOnlineStatement(statement: Statement): statement is OnlineStatement {
  return statement.kind === 'alter-table' || statement.kind === 'create-index' || statement.kind === 'drop-index';
}

export { describeStatement as statementLabel } from '../../sql/statement.ts';

export const BLOCKING_LOCKS = new Set(['SHARED', 'EXCLUSIVE']);
