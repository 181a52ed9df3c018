import { describeColumnChange } from './column-change.ts';
import { formatMysqlVersion, isAtLeast } from './mysql-version.ts';
import type { MysqlVersion } from './mysql-version.ts';
import type { TableModel } from './schema-model.ts';
import type { AlterAction } from './statement.ts';

// Which ALTER clauses MySQL 8.0 can run with ALGORITHM=INSTANT, from the manual's
// "Online DDL Operations" tables (https://dev.mysql.com/doc/refman/8.0/en/innodb-online-ddl-operations.html):
// - index operations (add, drop, rename, FULLTEXT, SPATIAL): Instant No;
// - add column: Instant Yes* (8.0.12+; only as the last column before 8.0.29; not an
//   AUTO_INCREMENT column; not on a table with a FULLTEXT index; not COMPRESSED);
// - drop column: Instant Yes* from 8.0.29 (a rebuild before); rename column: 8.0.28+;
// - reorder, NULL/NOT NULL, VARCHAR extension, data type: Instant No;
// - set/drop default, ENUM/SET append (same storage size), RENAME TABLE: Instant Yes;
// - primary key, foreign key, ROW_FORMAT, KEY_BLOCK_SIZE, charset, ENGINE (null
//   rebuild), AUTO_INCREMENT value: Instant No.
// Not in the manual but reproduced by Vitess (vitessio/vitess#16024): ADD COLUMN with an
// expression default, DEFAULT (expr), is refused with ALGORITHM=INSTANT.
// A clause the table does not settle is 'unknown' and the rule stays silent on it.

export type Support = 'yes' | 'no' | 'unknown';

export interface InstantVerdict {
  readonly support: Support;
  /** Why not, for the message. */
  readonly reason: string;
}

const INSTANT_ANY_POSITION: MysqlVersion = [8, 0, 29];
const INSTANT_DROP_COLUMN: MysqlVersion = [8, 0, 29];
const INSTANT_RENAME_COLUMN: MysqlVersion = [8, 0, 28];

const yes: InstantVerdict = { support: 'yes', reason: '' };
const no = (reason: string): InstantVerdict => ({ support: 'no', reason });
const unknown: InstantVerdict = { support: 'unknown', reason: '' };

export function instantSupport(action: AlterAction, table: TableModel | undefined, target: MysqlVersion): InstantVerdict {
  const version = formatMysqlVersion(target);
  switch (action.type) {
    case 'add-column': {
      const column = action.column;
      if (action.position !== undefined && !isAtLeast(target, INSTANT_ANY_POSITION)) {
        return no(`ADD COLUMN ... ${action.position} is instant only from MySQL 8.0.29 (target ${version})`);
      }
      if (column.autoIncrement) {
        return no('an AUTO_INCREMENT column cannot be added instantly');
      }
      if (column.generated === 'stored') {
        return no('a STORED generated column is computed for every row (table copy)');
      }
      if (column.defaultKind === 'expression') {
        return no('ADD COLUMN with an expression DEFAULT (expr) is not instant (vitessio/vitess#16024)');
      }
      if (column.primaryKey || column.unique || column.references !== undefined) {
        return no('an inline PRIMARY KEY / UNIQUE / REFERENCES adds an index, which is never instant');
      }
      if ([...(table?.indexes.values() ?? [])].some((index) => index.kind === 'fulltext')) {
        return no(`${table?.name ?? 'the table'} has a FULLTEXT index, which rules out instant ADD COLUMN`);
      }
      return column.defaultKind === 'current-timestamp' ? unknown : yes;
    }
    case 'drop-column':
      return isAtLeast(target, INSTANT_DROP_COLUMN) ? yes : no(`instant DROP COLUMN needs MySQL 8.0.29 (target ${version})`);
    case 'rename-column':
      return isAtLeast(target, INSTANT_RENAME_COLUMN) ? yes : no(`instant RENAME COLUMN needs MySQL 8.0.28 (target ${version})`);
    case 'modify-column': {
      const before = table?.columns.get(action.from.toLowerCase());
      if (!before || !table) {
        return unknown;
      }
      if (action.position !== undefined) {
        return no('reordering columns (FIRST/AFTER) rebuilds the table');
      }
      const change = describeColumnChange(before, action.column, table.charset, table.collation);
      if (change.nullability !== 'same') {
        return no('changing NULL / NOT NULL rebuilds the table (in place, not instant)');
      }
      if (change.type.kind === 'varchar-widening') {
        return no('extending a VARCHAR is in place, not instant');
      }
      if (change.type.kind === 'unsafe' || change.type.kind === 'members-changed' || change.charset !== undefined) {
        return unknown; // a copy: refused by its own rule, whatever the algorithm
      }
      return yes;
    }
    case 'rename-table':
      return yes;
    case 'add-index':
      return no(`adding ${action.index.kind === 'primary' ? 'a primary key' : 'an index'} is in place, never instant`);
    case 'drop-index':
      return no('dropping an index is in place, never instant');
    case 'drop-primary-key':
      return no('dropping a primary key rebuilds the table');
    case 'add-foreign-key':
    case 'drop-foreign-key':
      return no('foreign key changes are in place at best, never instant');
    case 'table-option':
      return action.option === 'comment' ? unknown : no(`changing ${action.option} is not instant`);
    case 'add-check':
    case 'drop-constraint':
    case 'partition':
    case 'unknown':
      return unknown;
  }
}
