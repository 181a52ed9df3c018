import type { Rule } from '../rule.ts';

/** What every Pitchdesk table and the API connection (data-source-options.ts) use. */
export const HOUSE_COLLATION = 'utf8mb4_unicode_ci';

// Server defaults differ between the local MariaDB and Aurora MySQL 8 (utf8mb4_general_ci
// vs utf8mb4_0900_ai_ci): a table that relies on them gets another collation in
// production, and comparing its columns with other tables' fails ("Illegal mix of
// collations") or stops using indexes.
export const newTableInnodbUtf8mb4: Rule = {
  id: 'PD053',
  title: `a new table states ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=${HOUSE_COLLATION}`,
  scope: 'statement',
  check({ statement }) {
    if (statement.kind !== 'create-table' || statement.copiedFrom !== undefined) {
      return [];
    }
    const wrong = [
      statement.engine !== 'innodb' && `ENGINE=${statement.engine ?? '(server default)'}`,
      statement.charset !== 'utf8mb4' && `CHARSET=${statement.charset ?? '(server default)'}`,
      statement.collation !== HOUSE_COLLATION && `COLLATE=${statement.collation ?? '(server default)'}`,
    ].filter((entry): entry is string => typeof entry === 'string');
    return wrong.length === 0
      ? []
      : [
          `CREATE TABLE ${statement.table} with ${wrong.join(', ')}: server defaults differ between MariaDB and Aurora, and mixed collations break joins; end it with ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=${HOUSE_COLLATION}`,
        ];
  },
};
