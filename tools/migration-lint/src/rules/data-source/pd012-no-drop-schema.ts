import { dataSourceOptionRule, shown } from './option-rule.ts';

export const noDropSchema = dataSourceOptionRule('PD012', 'dropSchema is never on in the data source options', 'dropSchema', ({ value }) =>
  value === false
    ? undefined
    : `dropSchema is ${shown(value)}: TypeORM drops every table when it connects; remove it (tests create their own databases)`,
);
