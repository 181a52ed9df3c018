import { dataSourceOptionRule, shown } from './option-rule.ts';

// typeorm#3400: N containers starting together each "synchronize" the same schema.
export const noSynchronize = dataSourceOptionRule(
  'PD010',
  'synchronize is literally false in the data source options',
  'synchronize',
  ({ value }) =>
    value === false
      ? undefined
      : `synchronize is ${shown(value)}: TypeORM would alter production tables to match the entities at start-up, in every task at once and with no expand/contract; set synchronize: false and change the schema through a migration`,
);
