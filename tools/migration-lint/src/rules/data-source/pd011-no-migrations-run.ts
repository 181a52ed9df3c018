import { dataSourceOptionRule, shown } from './option-rule.ts';

export const noMigrationsRun = dataSourceOptionRule(
  'PD011',
  'migrationsRun is literally false: migrations run only in the one-off migrate task',
  'migrationsRun',
  ({ value }) =>
    value === false
      ? undefined
      : `migrationsRun is ${shown(value)}: every API task would migrate at start-up, racing each other (typeorm#3400) and running new DDL under old code; set migrationsRun: false, the one-off migrate task runs them before the services update`,
);
