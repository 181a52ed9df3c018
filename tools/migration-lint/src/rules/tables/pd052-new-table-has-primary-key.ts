import type { Rule } from '../rule.ts';

// Without one InnoDB clusters on a hidden row id, row-based replication finds each row
// by a full scan on replicas, and gh-ost/Spirit refuse the table (they need a PK).
export const newTableHasPrimaryKey: Rule = {
  id: 'PD052',
  title: 'a new table declares a PRIMARY KEY',
  scope: 'statement',
  check({ statement }) {
    if (statement.kind !== 'create-table' || statement.copiedFrom !== undefined) {
      return [];
    }
    const hasPrimaryKey =
      statement.columns.some((column) => column.primaryKey) || statement.indexes.some((index) => index.kind === 'primary');
    return hasPrimaryKey
      ? []
      : [
          `CREATE TABLE ${statement.table} without a PRIMARY KEY: replicas then scan the table for every replicated row and online schema change tools refuse it; declare a PRIMARY KEY`,
        ];
  },
};
