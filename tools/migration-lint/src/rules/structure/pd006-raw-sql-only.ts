import type { Rule } from '../rule.ts';

export const rawSqlOnly: Rule = {
  id: 'PD006',
  title: 'SQL goes through queryRunner.query() with a string, never QueryRunner schema helpers',
  scope: 'call',
  check({ call }) {
    if (call.method !== 'query') {
      return [
        `queryRunner.${call.method}() hides its SQL from review and from this linter (TypeORM's changeColumn even drops and re-adds a changed column, losing its data): write the statement with queryRunner.query()`,
      ];
    }
    if (call.sql === undefined) {
      return ['queryRunner.query() without a SQL string: pass the statement text so it can be reviewed and linted'];
    }
    return [];
  },
};
