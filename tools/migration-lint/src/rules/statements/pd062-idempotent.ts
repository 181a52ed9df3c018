import { describeStatement } from '../../sql/statement.ts';
import type { Statement } from '../../sql/statement.ts';
import type { Rule } from '../rule.ts';

// MySQL DDL is not transactional: a migration killed half way (SIGTERM on a Fargate
// deploy, a lost connection) has applied some steps and recorded none. The rerun must
// skip what is done (squawk prefer-robust-stmts). A step is safe to rerun when its SQL
// says so (IF [NOT] EXISTS, INSERT IGNORE) or when up() only ran it for one answer of its
// guards (the recording runs up() with guards answered "absent", then "present").

function selfIdempotent(statement: Statement): boolean {
  switch (statement.kind) {
    case 'create-table':
      return statement.ifNotExists;
    case 'drop-table':
      return statement.ifExists;
    case 'insert':
      return statement.ignoresDuplicates;
    case 'alter-table':
      // Restating a column or a table option lands in the same state when repeated.
      return statement.actions.every((action) => action.type === 'modify-column' || action.type === 'table-option');
    case 'create-index':
    case 'drop-index':
    case 'rename-table':
      return false;
    // Not schema steps: their own rules (PD025, PD054, PD060, PD061) decide about them.
    case 'truncate':
    case 'drop-database':
    case 'set':
    case 'update':
    case 'delete':
    case 'metadata-read':
    case 'data-read':
    case 'other':
      return true;
  }
}

export const idempotent: Rule = {
  id: 'PD062',
  title: 'every step is safe to rerun: IF [NOT] EXISTS, or a guard that skips it when done',
  scope: 'statement',
  check({ statement, call }) {
    const conditional = call.answers.length === 1;
    if (conditional || selfIdempotent(statement)) {
      return [];
    }
    return [
      `${describeStatement(statement)} runs again when a crashed migration is rerun, and then fails ("Duplicate column", "Table exists"): wrap it in a guard (migration-guards.ts columnExists / indexExists), or use CREATE TABLE IF NOT EXISTS / DROP TABLE IF EXISTS`,
    ];
  },
};
