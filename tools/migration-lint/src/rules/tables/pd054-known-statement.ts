import type { Rule } from '../rule.ts';

const ALLOWED =
  'a migration may CREATE TABLE, ALTER TABLE, CREATE/DROP INDEX, DROP TABLE (contract), INSERT seed rows with VALUES, and read information_schema in guards';

// Anything the linter has no rule for is refused rather than waved through: views,
// triggers, routines, grants, LOCK TABLES, reads of application data (a migration that
// depends on data is a job), temporary tables, CREATE TABLE ... LIKE, and ALTER clauses
// the linter does not model.
export const knownStatement: Rule = {
  id: 'PD054',
  title: 'only statement kinds the linter understands (DDL, seed INSERTs, metadata guards)',
  scope: 'statement',
  check({ statement }) {
    switch (statement.kind) {
      case 'other':
        return [
          `${statement.description} is not a schema change this linter can check: ${ALLOWED}; anything else needs a reviewed override`,
        ];
      case 'data-read':
        return [
          `SELECT from ${statement.tables.join(', ') || 'application data'}: a migration whose steps depend on data cannot be checked or rerun safely; move the data work to a job (${ALLOWED})`,
        ];
      case 'create-table':
        if (statement.temporary) {
          return [
            `CREATE TEMPORARY TABLE ${statement.table}: temporary tables pin the session (ProxySQL) and vanish on reconnect; ${ALLOWED}`,
          ];
        }
        return statement.copiedFrom === 'like'
          ? [`CREATE TABLE ${statement.table} LIKE ...: write the definition out so it can be reviewed and checked`]
          : [];
      case 'alter-table':
        return statement.actions.flatMap((action) =>
          action.type === 'unknown'
            ? [
                `ALTER TABLE ${statement.table} ${action.description}: a clause this linter does not model; rewrite it or have it reviewed and override`,
              ]
            : [],
        );
      // Statements other rules judge (and refuse where needed).
      case 'create-index':
      case 'drop-index':
      case 'drop-table':
      case 'rename-table':
      case 'truncate':
      case 'drop-database':
      case 'set':
      case 'update':
      case 'delete':
      case 'insert':
      case 'metadata-read':
        return [];
    }
  },
};
