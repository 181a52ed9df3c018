import { guarded } from '../../testing/lint-case.ts';
import { newTable, RESERVATIONS } from '../../testing/rule-case.ts';
import type { RuleCase } from '../../testing/rule-case.ts';

const SETUP = [RESERVATIONS];
const add = (definition: string, column: string): ReturnType<typeof guarded> =>
  guarded(`ALTER TABLE reservations ADD COLUMN ${definition}`, 'reservations', column);
const modify = (definition: string): string => `ALTER TABLE reservations MODIFY ${definition}`;

export const COLUMN_CASES: readonly RuleCase[] = [
  {
    rule: 'PD040',
    name: 'NOT NULL without DEFAULT on an existing table',
    bad: { setup: SETUP, steps: [add('source VARCHAR(16) NOT NULL, ALGORITHM=INSTANT', 'source')] },
    good: { setup: SETUP, steps: [add("source VARCHAR(16) NOT NULL DEFAULT 'web', ALGORITHM=INSTANT", 'source')] },
    mentions: 'NOT NULL DEFAULT <constant>',
  },
  {
    rule: 'PD040',
    name: 'JSON NOT NULL without DEFAULT on an existing table',
    bad: { setup: SETUP, steps: [add('preferences JSON NOT NULL, ALGORITHM=INSTANT', 'preferences')] },
    good: { setup: SETUP, steps: [add('preferences JSON NULL, ALGORITHM=INSTANT', 'preferences')] },
    mentions: 'add it NULL',
  },
  {
    rule: 'PD041',
    name: 'literal DEFAULT on a TEXT column (MariaDB accepts it, MySQL 8 does not)',
    bad: { steps: [newTable('notes', "body TEXT NOT NULL DEFAULT ''")] },
    good: { steps: [newTable('notes', "body TEXT NOT NULL DEFAULT ('')")] },
    mentions: "DEFAULT ('...')",
  },
  {
    rule: 'PD041',
    name: 'literal DEFAULT on an added JSON column',
    bad: { setup: SETUP, steps: [add("preferences JSON NULL DEFAULT '{}', ALGORITHM=INSTANT", 'preferences')] },
    good: { setup: SETUP, steps: [add('preferences JSON NULL, ALGORITHM=INSTANT', 'preferences')] },
    mentions: 'make the column NULL',
  },
  {
    rule: 'PD042',
    name: 'CURRENT_TIMESTAMP default on an added column',
    bad: {
      setup: SETUP,
      steps: [add('updated_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), ALGORITHM=INPLACE, LOCK=NONE', 'updated_at')],
    },
    good: { setup: SETUP, steps: [add('updated_at DATETIME(6) NULL, ALGORITHM=INSTANT', 'updated_at')] },
    mentions: 'backfill old rows in a job',
  },
  {
    rule: 'PD042',
    name: 'expression default on an added column',
    bad: { setup: SETUP, steps: [add('tags JSON NULL DEFAULT (JSON_ARRAY()), ALGORITHM=INPLACE, LOCK=NONE', 'tags')] },
    good: { setup: SETUP, steps: [add('tags JSON NULL, ALGORITHM=INSTANT', 'tags')] },
    mentions: 'add it NULL without a default',
  },
  {
    rule: 'PD043',
    name: 'INT -> BIGINT',
    bad: { setup: SETUP, steps: [modify('total BIGINT NOT NULL, ALGORITHM=INPLACE, LOCK=NONE')] },
    good: { setup: SETUP, steps: [add('total_v2 BIGINT NULL, ALGORITHM=INSTANT', 'total_v2')] },
    mentions: 'add a new column, write both',
  },
  {
    rule: 'PD043',
    name: 'VARCHAR(60) -> VARCHAR(64) in utf8mb4 crosses 255 bytes',
    bad: { setup: SETUP, steps: [modify('note VARCHAR(64) NULL, ALGORITHM=INPLACE, LOCK=NONE')] },
    good: { setup: SETUP, steps: [modify('note VARCHAR(63) NULL, ALGORITHM=INPLACE, LOCK=NONE')] },
    mentions: 'backfill it in a job',
  },
  {
    rule: 'PD043',
    name: 'VARCHAR narrowing',
    bad: { setup: SETUP, steps: [modify('title VARCHAR(80) NOT NULL, ALGORITHM=INPLACE, LOCK=NONE')] },
    good: { setup: SETUP, steps: [modify('title VARCHAR(250) NOT NULL, ALGORITHM=INPLACE, LOCK=NONE')] },
    mentions: 'drop the old one in a contract migration',
  },
  {
    rule: 'PD043',
    name: 'signedness change',
    bad: { setup: SETUP, steps: [modify('total INT UNSIGNED NOT NULL, ALGORITHM=INPLACE, LOCK=NONE')] },
    good: { setup: SETUP, steps: [modify('total INT(11) NOT NULL, ALGORITHM=INPLACE, LOCK=NONE')] },
    mentions: 'add a new column',
  },
  {
    rule: 'PD043',
    name: 'MODIFY of a column no migration shows',
    bad: { setup: SETUP, steps: [modify('unknown_column VARCHAR(10) NULL, ALGORITHM=INPLACE, LOCK=NONE')] },
    good: { setup: SETUP, steps: [modify('note VARCHAR(63) NULL, ALGORITHM=INPLACE, LOCK=NONE')] },
    mentions: 'override',
  },
  {
    rule: 'PD044',
    name: 'ENUM members reordered',
    bad: { setup: SETUP, steps: [modify("kind ENUM('b','a') NOT NULL DEFAULT 'a', ALGORITHM=INPLACE, LOCK=NONE")] },
    good: { setup: SETUP, steps: [modify("kind ENUM('a','b','c') NOT NULL DEFAULT 'a', ALGORITHM=INSTANT")] },
    mentions: 'append new members at the end',
  },
  {
    rule: 'PD044',
    name: 'ENUM member removed',
    bad: { setup: SETUP, steps: [modify("kind ENUM('a') NOT NULL DEFAULT 'a', ALGORITHM=INPLACE, LOCK=NONE")] },
    good: { setup: SETUP, steps: [modify("kind ENUM('a','b','c','d') NOT NULL DEFAULT 'a', ALGORITHM=INSTANT")] },
    mentions: 'retire old ones after a backfill',
  },
  {
    rule: 'PD045',
    name: 'MODIFY that drops a column charset (silently converts ascii -> utf8mb4)',
    bad: { setup: SETUP, steps: [modify('ascii_ref VARCHAR(32) NULL, ALGORITHM=INPLACE, LOCK=NONE')] },
    good: { setup: SETUP, steps: [modify('ascii_ref VARCHAR(40) CHARACTER SET ascii NULL, ALGORITHM=INPLACE, LOCK=NONE')] },
    mentions: 'add a new column with the new charset',
  },
  {
    rule: 'PD045',
    name: 'MODIFY to another charset',
    bad: { setup: SETUP, steps: [modify('note VARCHAR(60) CHARACTER SET latin1 NULL, ALGORITHM=INPLACE, LOCK=NONE')] },
    good: { setup: SETUP, steps: [modify('note VARCHAR(63) NULL, ALGORITHM=INPLACE, LOCK=NONE')] },
    mentions: 'check unique keys',
  },
  {
    rule: 'PD045',
    name: 'table default charset change',
    bad: { setup: SETUP, steps: ['ALTER TABLE reservations DEFAULT CHARSET=latin1, ALGORITHM=INPLACE, LOCK=NONE'] },
    good: { setup: SETUP, steps: [add('memo VARCHAR(60) NULL, ALGORITHM=INSTANT', 'memo')] },
    mentions: 'keep utf8mb4_unicode_ci',
  },
  {
    rule: 'PD046',
    name: 'STORED generated column on an existing table',
    bad: { setup: SETUP, steps: [add('total_major INT AS (total DIV 100) STORED, ALGORITHM=INPLACE, LOCK=NONE', 'total_major')] },
    good: { setup: SETUP, steps: [add('total_major INT AS (total DIV 100) VIRTUAL, ALGORITHM=INSTANT', 'total_major')] },
    mentions: 'make it VIRTUAL',
  },
];
