import { describe, expect, it } from 'vitest';
import { judgeSchemaStatements } from './entity-schema-judge';
import type { DatabaseColumn, DatabaseSchema } from './entity-schema-judge';

const column = (type: string, nullable: boolean, fillsItself = false): DatabaseColumn => ({ type, nullable, fillsItself });

const schema: DatabaseSchema = {
  columns: new Map([
    ['reservations.locale', column('char(2)', false, true)],
    ['reservations.created_at', column('datetime(6)', false, true)],
    ['reservations.legacy_note', column('varchar(200)', true)],
    ['reservations.legacy_code', column('varchar(16)', false)],
    ['reservations.guest', column('longtext', true)],
    ['unit_types.sort_order', column('smallint(6)', false, true)],
    ['rate_cards.version', column('int(10) unsigned', false)],
  ]),
  indexes: [{ table: 'mail_outbox', unique: true, columns: ['message_key'] }],
};

describe('judging what TypeORM would change to match the entities', () => {
  it.each([
    'DROP INDEX `ix_unit_nights_search` ON `unit_nights`',
    'ALTER TABLE `reservations` DROP FOREIGN KEY `fk_x`',
    'ALTER TABLE `reservations` DROP COLUMN `legacy_note`',
    'ALTER TABLE `reservations` DROP COLUMN `created_at`',
    'ALTER TABLE `reservations` CHANGE `locale` `locale` char(2) NOT NULL',
    'ALTER TABLE `unit_types` CHANGE `sort_order` `sort_order` smallint NOT NULL',
    'ALTER TABLE `rate_cards` CHANGE `version` `version` int UNSIGNED NOT NULL',
    'ALTER TABLE `reservations` CHANGE `guest` `guest` json NULL',
    'ALTER TABLE `mail_outbox` ADD UNIQUE INDEX `IDX_dc2d02cf215cd5e9cdb32453f9` (`message_key`)',
  ])('accepts what only says the database has more than the entities: %s', (statement) => {
    expect(judgeSchemaStatements([statement], schema)).toEqual([]);
  });

  it('names a type change that TypeORM would make a DROP + ADD, once', () => {
    const statements = ['ALTER TABLE `reservations` DROP COLUMN `legacy_note`', 'ALTER TABLE `reservations` ADD `legacy_note` text NULL'];
    expect(judgeSchemaStatements(statements, schema)).toEqual([
      {
        statement: statements[0],
        problem:
          "TypeORM would DROP and re-ADD reservations.legacy_note (its type differs from the entity's), losing its data: write the change as migrations (new column, backfill job, switch, drop)",
      },
    ]);
  });

  it.each([
    ['CREATE TABLE `sprockets` (`id` int NOT NULL, PRIMARY KEY (`id`)) ENGINE=InnoDB', 'the entity maps table sprockets, which no migration creates'],
    ['ALTER TABLE `reservations` ADD `weight` int NOT NULL', 'the entity maps reservations.weight, which no migration creates'],
    [
      'ALTER TABLE `reservations` DROP COLUMN `legacy_code`',
      "reservations.legacy_code is NOT NULL without a default and no entity maps it: the entity's INSERTs would fail",
    ],
    [
      'ALTER TABLE `reservations` CHANGE `legacy_note` `legacy_note` varchar(200) NOT NULL',
      'reservations.legacy_note is varchar(200) NULL in the database but varchar(200) NOT NULL in its entity: add a migration',
    ],
    [
      'ALTER TABLE `reservations` CHANGE `legacy_note` `note` varchar(200) NULL',
      'entities name reservations.note where the database has legacy_note: a rename needs its own expand/contract migrations',
    ],
    ['CREATE INDEX `IDX_1` ON `reservations` (`locale`)', 'the entity declares an index on reservations (locale), which no migration creates'],
    [
      'ALTER TABLE `reservations` ADD UNIQUE INDEX `IDX_2` (`locale`)',
      'the entity declares a unique index on reservations (locale), which no migration creates',
    ],
    ['ALTER TABLE `reservations` ADD PRIMARY KEY (`id`)', 'TypeORM would change the schema in a way this check does not know: look at the statement'],
  ])('reports %s', (statement, problem) => {
    expect(judgeSchemaStatements([statement], schema)).toEqual([{ statement, problem }]);
  });
});
