import { dataSourceOptionRule, shown } from './option-rule.ts';

export const transactionMode = dataSourceOptionRule(
  'PD013',
  "migrationsTransactionMode is 'none' or 'each', never 'all'",
  'migrationsTransactionMode',
  ({ value }) =>
    value === 'none' || value === 'each'
      ? undefined
      : `migrationsTransactionMode is ${shown(value)}: one transaction around all migrations is an illusion on MySQL, where each DDL commits implicitly (typeorm#9187), and it holds metadata locks meanwhile; use 'none' (steps are idempotent and guarded) or 'each'`,
);
