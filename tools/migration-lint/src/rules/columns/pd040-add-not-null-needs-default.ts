import { takesNoLiteralDefault } from '../../sql/column-definition.ts';
import type { Rule } from '../rule.ts';

// squawk adding-required-field / Atlas MY101: release N-1's INSERTs do not name the new
// column and fail with ER 1364 in strict mode; existing rows silently get an implicit value.
export const addNotNullNeedsDefault: Rule = {
  id: 'PD040',
  title: 'a NOT NULL column added to an existing table has a constant DEFAULT',
  scope: 'statement',
  check(context) {
    const { statement } = context;
    if (statement.kind !== 'alter-table' || context.isNewTable(statement.table)) {
      return [];
    }
    return statement.actions.flatMap((action) => {
      if (action.type !== 'add-column') {
        return [];
      }
      const column = action.column;
      const hasDefault = column.defaultKind !== 'none' && column.defaultKind !== 'null';
      if (!column.notNull || hasDefault || column.autoIncrement || column.generated !== undefined) {
        return [];
      }
      const safe = takesNoLiteralDefault(column)
        ? `add it NULL (a ${column.dataType} column takes no literal DEFAULT), backfill it in a job, and make it NOT NULL in a contract migration`
        : 'add it NULL, or NOT NULL DEFAULT <constant> (instant)';
      return [
        `ADD COLUMN ${statement.table}.${column.name} NOT NULL without DEFAULT: release N-1's inserts omit it and fail (ER 1364); ${safe}`,
      ];
    });
  },
};
