import type { MigrationPhase } from '../migration-phase';
import { parseSql } from './sql-statement';
import type { RunnerStatement } from './sql-statement';

// The runner's own gate, run on every statement a pending migration can send before the
// first one runs. The linter (tools/migration-lint) checks far more in CI; these are the
// rules the runner must not rely on CI for, because breaking them stalls production:
// a table copy or a blocking LOCK holds writes for the whole rebuild, a missing
// ALGORITHM lets MySQL fall back to a copy silently, a SET would undo the runner's short
// lock_wait_timeout, a backfill holds locks and cannot resume, and a drop in an expand
// migration breaks release N-1, which still runs while the expand migration does.

const ONLINE_KINDS = new Set<RunnerStatement['kind']>(['alter-table', 'create-index', 'drop-index']);
const BLOCKING_LOCKS = new Set(['SHARED', 'EXCLUSIVE']);

function onlineRefusals(statement: RunnerStatement): string[] {
  const { algorithm, lock, label } = statement;
  if (algorithm === 'COPY') {
    return [
      `${label} with ALGORITHM=COPY rebuilds the table while blocking every write: use ALGORITHM=INSTANT, or ALGORITHM=INPLACE, LOCK=NONE, or an online schema change tool (gh-ost/Spirit)`,
    ];
  }
  if (lock !== undefined && BLOCKING_LOCKS.has(lock)) {
    return [`${label} with LOCK=${lock} blocks ${lock === 'SHARED' ? 'every write' : 'every read and write'}: use LOCK=NONE with ALGORITHM=INPLACE, or ALGORITHM=INSTANT`];
  }
  const asserted = (algorithm === 'INSTANT' && (lock === undefined || lock === 'DEFAULT')) || (algorithm === 'INPLACE' && lock === 'NONE');
  if (asserted) {
    return [];
  }
  const found = [algorithm && `ALGORITHM=${algorithm}`, lock && `LOCK=${lock}`].filter(Boolean).join(', ') || 'no ALGORITHM clause';
  return [
    `${label} with ${found}: MySQL may then fall back to a table copy that blocks writes; append ", ALGORITHM=INSTANT" for metadata-only changes or ", ALGORITHM=INPLACE, LOCK=NONE" otherwise, so the server refuses instead of copying`,
  ];
}

function statementRefusals(statement: RunnerStatement, phase: MigrationPhase): string[] {
  const { label } = statement;
  const refusals: string[] = ONLINE_KINDS.has(statement.kind) ? onlineRefusals(statement) : [];
  switch (statement.kind) {
    case 'set':
      refusals.push(
        `${label} in a migration: the runner owns session settings (a short lock_wait_timeout per DDL) and a SET would outlive this statement; ask for a runner option instead`,
      );
      break;
    case 'update':
    case 'delete':
    case 'copy-rows':
      refusals.push(`${label} in a migration: data changes are batched, resumable jobs (apps/pms-api/src/jobs), not DDL steps; seed rows with INSERT ... VALUES`);
      break;
    case 'truncate':
    case 'drop-database':
      refusals.push(`${label} destroys data: it never runs as a migration`);
      break;
    case 'other':
      refusals.push(`${label} is not a statement the runner can check: migrations hold CREATE/ALTER/DROP TABLE, CREATE/DROP INDEX and seed INSERTs`);
      break;
    case 'metadata-read':
    case 'data-read':
    case 'create-table':
    case 'alter-table':
    case 'create-index':
    case 'drop-index':
    case 'drop-table':
    case 'rename-table':
    case 'insert':
      break;
  }
  if (phase === 'expand' && statement.destructive) {
    refusals.push(
      `${label} drops or renames something release N-1 may still use, in an expand migration: it belongs in a contract migration, one release after the code stopped using it`,
    );
  }
  return refusals;
}

/** Why the runner refuses to send `sql` from a migration of `phase`; empty when it may. */
export function gateRefusals(sql: string, phase: MigrationPhase): string[] {
  const parsed = parseSql(sql);
  if (!parsed.ok) {
    return [`cannot be read with the MySQL 8 grammar (${parsed.error}): write plain MySQL 8 SQL (production is Aurora MySQL 3)`];
  }
  if (parsed.statements.length !== 1) {
    return [`${parsed.statements.length} statements in one query() call: send one statement per call, so each is journaled and retried on its own`];
  }
  const [statement] = parsed.statements;
  return statement ? statementRefusals(statement, phase) : [];
}
