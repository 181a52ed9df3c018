import { addNotNullNeedsDefault } from './columns/pd040-add-not-null-needs-default.ts';
import { noLiteralDefaultOnBlob } from './columns/pd041-no-literal-default-on-blob.ts';
import { noNonConstantDefaultOnExistingTable } from './columns/pd042-no-non-constant-default-on-existing-table.ts';
import { typeChangeOnlyWidening } from './columns/pd043-type-change-only-widening.ts';
import { enumAppendOnly } from './columns/pd044-enum-append-only.ts';
import { noCharsetChange } from './columns/pd045-no-charset-change.ts';
import { noStoredGeneratedColumn } from './columns/pd046-no-stored-generated-column.ts';
import { dropTable } from './contract/pd020-drop-table.ts';
import { dropColumn } from './contract/pd021-drop-column.ts';
import { dropIndex } from './contract/pd022-drop-index.ts';
import { noRenameTable } from './contract/pd023-no-rename-table.ts';
import { noRenameColumn } from './contract/pd024-no-rename-column.ts';
import { noTruncateOrDropDatabase } from './contract/pd025-no-truncate-or-drop-database.ts';
import { setNotNullInContract } from './contract/pd026-set-not-null-in-contract.ts';
import { uniqueIndexInContract } from './contract/pd027-unique-index-in-contract.ts';
import { noAdditionsInContract } from './contract/pd028-no-additions-in-contract.ts';
import { noSynchronize } from './data-source/pd010-no-synchronize.ts';
import { noMigrationsRun } from './data-source/pd011-no-migrations-run.ts';
import { noDropSchema } from './data-source/pd012-no-drop-schema.ts';
import { transactionMode } from './data-source/pd013-transaction-mode.ts';
import { manifestValid, overrideUsed, overrideWellFormed } from './meta-rules.ts';
import { algorithmAsserted } from './online-ddl/pd030-algorithm-asserted.ts';
import { noCopyOrBlockingLock } from './online-ddl/pd031-no-copy-or-blocking-lock.ts';
import { instantSupported } from './online-ddl/pd032-instant-supported.ts';
import { noColumnPosition } from './online-ddl/pd033-no-column-position.ts';
import { noTableRebuild } from './online-ddl/pd034-no-table-rebuild.ts';
import { noFulltextSpatialOnExistingTable } from './online-ddl/pd035-no-fulltext-spatial-on-existing-table.ts';
import { noPrimaryKeyChange } from './online-ddl/pd036-no-primary-key-change.ts';
import { noAutoIncrementColumn } from './online-ddl/pd037-no-auto-increment-column.ts';
import type { Rule } from './rule.ts';
import { noDml } from './statements/pd060-no-dml.ts';
import { noSessionVariables } from './statements/pd061-no-session-variables.ts';
import { idempotent } from './statements/pd062-idempotent.ts';
import { guardMatchesStep } from './statements/pd063-guard-matches-step.ts';
import { phaseDeclared } from './structure/pd001-phase-declared.ts';
import { downDefined } from './structure/pd002-down-defined.ts';
import { nameMatchesFile } from './structure/pd003-name-matches-file.ts';
import { listedInIndex } from './structure/pd004-listed-in-index.ts';
import { noMigrationTransaction } from './structure/pd005-no-migration-transaction.ts';
import { rawSqlOnly } from './structure/pd006-raw-sql-only.ts';
import { recordable } from './structure/pd007-recordable.ts';
import { oneStatementPerCall } from './structure/pd008-one-statement-per-call.ts';
import { parseableSql } from './structure/pd009-parseable-sql.ts';
import { newTableHasPrimaryKey } from './tables/pd052-new-table-has-primary-key.ts';
import { noForeignKeyOnExistingTable } from './tables/pd050-no-foreign-key-on-existing-table.ts';
import { noCheckOnExistingTable } from './tables/pd051-no-check-on-existing-table.ts';
import { knownStatement } from './tables/pd054-known-statement.ts';
import { newTableInnodbUtf8mb4 } from './tables/pd053-new-table-innodb-utf8mb4.ts';

export const RULES: readonly Rule[] = [
  phaseDeclared,
  downDefined,
  nameMatchesFile,
  listedInIndex,
  noMigrationTransaction,
  rawSqlOnly,
  recordable,
  oneStatementPerCall,
  parseableSql,
  noSynchronize,
  noMigrationsRun,
  noDropSchema,
  transactionMode,
  dropTable,
  dropColumn,
  dropIndex,
  noRenameTable,
  noRenameColumn,
  noTruncateOrDropDatabase,
  setNotNullInContract,
  uniqueIndexInContract,
  noAdditionsInContract,
  algorithmAsserted,
  noCopyOrBlockingLock,
  instantSupported,
  noColumnPosition,
  noTableRebuild,
  noFulltextSpatialOnExistingTable,
  noPrimaryKeyChange,
  noAutoIncrementColumn,
  addNotNullNeedsDefault,
  noLiteralDefaultOnBlob,
  noNonConstantDefaultOnExistingTable,
  typeChangeOnlyWidening,
  enumAppendOnly,
  noCharsetChange,
  noStoredGeneratedColumn,
  noForeignKeyOnExistingTable,
  noCheckOnExistingTable,
  newTableHasPrimaryKey,
  newTableInnodbUtf8mb4,
  knownStatement,
  noDml,
  noSessionVariables,
  idempotent,
  guardMatchesStep,
  manifestValid,
  overrideWellFormed,
  overrideUsed,
];

export const RULE_IDS: ReadonlySet<string> = new Set(RULES.map((rule) => rule.id));
export const NOT_OVERRIDABLE: ReadonlySet<string> = new Set(RULES.filter((rule) => rule.scope === 'meta').map((rule) => rule.id));
