import { takesNoLiteralDefault } from '../../sql/column-definition.ts';
import type { ColumnDefinition } from '../../sql/column-definition.ts';
import type { Rule } from '../rule.ts';

// MySQL 8.0 manual, "Data Type Default Values": BLOB, TEXT, GEOMETRY and JSON "can be
// assigned a default value only if the value is written as an expression". MariaDB takes
// a literal, so such a migration passes on the local stack and fails on Aurora (ER 1101).
export const noLiteralDefaultOnBlob: Rule = {
  id: 'PD041',
  title: 'no literal DEFAULT on TEXT / BLOB / JSON / spatial columns (MySQL 8 refuses it, MariaDB does not)',
  scope: 'statement',
  check({ statement }) {
    let columns: { table: string; column: ColumnDefinition }[] = [];
    if (statement.kind === 'create-table') {
      columns = statement.columns.map((column) => ({ table: statement.table, column }));
    } else if (statement.kind === 'alter-table') {
      columns = statement.actions.flatMap((action) =>
        action.type === 'add-column' || action.type === 'modify-column' ? [{ table: statement.table, column: action.column }] : [],
      );
    }
    return columns
      .filter(({ column }) => takesNoLiteralDefault(column) && column.defaultKind === 'constant')
      .map(
        ({ table, column }) =>
          `${table}.${column.name} ${column.dataType} with a literal DEFAULT: MySQL 8 refuses it (ER 1101) though MariaDB accepts it; write it as an expression, DEFAULT ('...'), in a new table, or make the column NULL`,
      );
  },
};
