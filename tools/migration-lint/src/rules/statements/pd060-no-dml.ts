import type { Statement } from '../../sql/statement.ts';
import type { Rule } from '../rule.ts';

const SAFE = 'keep migrations to DDL and write a batched, throttled, resumable backfill job (apps/pms-api job.ts) keyed by primary key';

function refusal(statement: Statement): string | undefined {
  if (statement.kind === 'update') {
    return `UPDATE ${statement.tables.join(', ')} in a migration: ${SAFE}`;
  }
  if (statement.kind === 'delete') {
    return `DELETE FROM ${statement.tables.join(', ')} in a migration: ${SAFE}`;
  }
  if (statement.kind === 'insert' && statement.replace) {
    return `REPLACE INTO ${statement.table} deletes and re-inserts rows: seed with INSERT IGNORE ... VALUES, and ${SAFE} for anything else`;
  }
  if (statement.kind === 'insert' && statement.fromSelect) {
    return `INSERT INTO ${statement.table} ... SELECT copies rows in one transaction: ${SAFE}`;
  }
  if (statement.kind === 'create-table' && statement.copiedFrom === 'select') {
    return `CREATE TABLE ${statement.table} AS SELECT copies rows in one statement: create the table, then ${SAFE}`;
  }
  return undefined;
}

// GitLab batched background migrations / strong_migrations "backfilling data": one big
// UPDATE is one long transaction holding row locks and the table's metadata lock (the next
// DDL queues behind it, and every query behind that), lags replicas, and cannot resume.
// Seed rows (INSERT ... VALUES) stay allowed: they are bounded and written out in review.
export const noDml: Rule = {
  id: 'PD060',
  title: 'no UPDATE / DELETE / INSERT ... SELECT / REPLACE in a migration: backfills are jobs',
  scope: 'statement',
  check({ statement }) {
    const message = refusal(statement);
    return message === undefined ? [] : [message];
  },
};
