import type { Rule } from '../rule.ts';

export const noMigrationTransaction: Rule = {
  id: 'PD005',
  title: 'no transaction = true on a migration: MySQL DDL cannot be rolled back',
  scope: 'migration',
  check({ recorded, locator, migration }) {
    if (recorded.transaction !== true) {
      return [];
    }
    return [
      {
        line: locator.memberLine(migration.className, 'transaction') ?? locator.classLine(migration.className),
        message:
          'transaction = true: every MySQL DDL commits implicitly, so nothing rolls back (typeorm#9187), and the open transaction holds metadata locks; remove it and keep each step idempotent instead',
      },
    ];
  },
};
