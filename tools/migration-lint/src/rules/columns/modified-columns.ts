import { describeColumnChange } from '../../sql/column-change.ts';
import type { ColumnChange } from '../../sql/column-change.ts';
import type { ColumnDefinition } from '../../sql/column-definition.ts';
import type { StatementContext } from '../rule.ts';

export interface ModifiedColumn {
  readonly table: string;
  readonly from: string;
  readonly after: ColumnDefinition;
  /** undefined when no earlier migration shows the column's definition. */
  readonly change: ColumnChange | undefined;
}

/** The MODIFY/CHANGE clauses of an ALTER on an existing table, compared with the schema before it. */
export function modifiedColumns(context: StatementContext): ModifiedColumn[] {
  const { statement } = context;
  if (statement.kind !== 'alter-table' || context.isNewTable(statement.table)) {
    return [];
  }
  const table = context.schema.table(statement.table);
  return statement.actions.flatMap((action) => {
    if (action.type !== 'modify-column') {
      return [];
    }
    const before = table?.columns.get(action.from.toLowerCase());
    const change = before && table ? describeColumnChange(before, action.column, table.charset, table.collation) : undefined;
    return [{ table: statement.table, from: action.from, after: action.column, change }];
  });
}
