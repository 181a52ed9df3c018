import type { Rule } from '../rule.ts';
import { modifiedColumns } from './modified-columns.ts';

const SAFE = 'add a new column, write both, backfill it in a job, switch reads, and drop the old one in a contract migration';

// MySQL 8.0 manual, column operations: "Changing the column data type: Instant No, In
// Place No" - a COPY that blocks writes. INT -> BIGINT included. The one online change is
// widening a VARCHAR within the same length-byte class (see sql/column-change.ts).
export const typeChangeOnlyWidening: Rule = {
  id: 'PD043',
  title: 'column type changes only as VARCHAR widening within the same length-byte class',
  scope: 'statement',
  check(context) {
    return modifiedColumns(context).flatMap(({ table, from, change }) => {
      if (change === undefined) {
        return [
          `MODIFY ${table}.${from}: no earlier migration shows this column's definition, so nothing proves the change is online; ${SAFE}, or have it reviewed and override`,
        ];
      }
      return change.type.kind === 'unsafe'
        ? [`${table}.${from}: ${change.type.reason}: that copies the table and blocks writes; ${SAFE}`]
        : [];
    });
  },
};
