import { guarded } from '../../testing/lint-case.ts';
import { newTable, RESERVATIONS } from '../../testing/rule-case.ts';
import type { RuleCase } from '../../testing/rule-case.ts';

const SETUP = [RESERVATIONS];
const ADD_MEMO_SQL = 'ALTER TABLE reservations ADD COLUMN memo VARCHAR(60) NULL, ALGORITHM=INSTANT';
const GUARDED_ADD = guarded(ADD_MEMO_SQL, 'reservations', 'memo');
const SEED_TABLE = newTable('unit_kinds', 'code VARCHAR(16) NOT NULL');
const SEED_GOOD = {
  setup: SETUP,
  steps: [SEED_TABLE, "INSERT IGNORE INTO unit_kinds (id, code) VALUES ('6b1c0f8e-0000-4000-8000-000000000001', 'pitch')"],
};

export const STATEMENT_CASES: readonly RuleCase[] = [
  {
    rule: 'PD060',
    name: 'UPDATE backfill in a migration',
    bad: { setup: SETUP, steps: [GUARDED_ADD, "UPDATE reservations SET memo = '' WHERE memo IS NULL"] },
    good: { setup: SETUP, steps: [GUARDED_ADD] },
    mentions: 'resumable backfill job',
  },
  {
    rule: 'PD060',
    name: 'DELETE in a migration',
    bad: { setup: SETUP, steps: ["DELETE FROM reservations WHERE status = 'expired'"] },
    good: { setup: SETUP, steps: [GUARDED_ADD] },
    mentions: 'keyed by primary key',
  },
  {
    rule: 'PD060',
    name: 'INSERT ... SELECT copy',
    bad: { setup: SETUP, steps: [SEED_TABLE, 'INSERT INTO unit_kinds (id, code) SELECT id, status FROM reservations'] },
    good: SEED_GOOD,
    mentions: 'backfill job',
  },
  {
    rule: 'PD060',
    name: 'REPLACE seed rows',
    bad: {
      setup: SETUP,
      steps: [SEED_TABLE, "REPLACE INTO unit_kinds (id, code) VALUES ('6b1c0f8e-0000-4000-8000-000000000001', 'pitch')"],
    },
    good: SEED_GOOD,
    mentions: 'INSERT IGNORE',
  },
  {
    rule: 'PD061',
    name: 'SET foreign_key_checks = 0',
    bad: { setup: SETUP, steps: ['SET foreign_key_checks = 0', GUARDED_ADD] },
    good: { setup: SETUP, steps: [GUARDED_ADD] },
    mentions: 'ask for the setting in the runner',
  },
  {
    rule: 'PD061',
    name: 'SET SESSION lock_wait_timeout',
    bad: { setup: SETUP, steps: ['SET SESSION lock_wait_timeout = 5', GUARDED_ADD] },
    good: { setup: SETUP, steps: [GUARDED_ADD] },
    mentions: 'belong to the migration runner',
  },
  {
    rule: 'PD062',
    name: 'unguarded ADD COLUMN',
    bad: { setup: SETUP, steps: [ADD_MEMO_SQL] },
    good: { setup: SETUP, steps: [GUARDED_ADD] },
    mentions: 'columnExists / indexExists',
  },
  {
    rule: 'PD062',
    name: 'CREATE TABLE without IF NOT EXISTS',
    bad: {
      steps: [
        'CREATE TABLE unit_kinds (id CHAR(36) NOT NULL PRIMARY KEY) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci',
      ],
    },
    good: { steps: [newTable('unit_kinds', 'code VARCHAR(16) NOT NULL')] },
    mentions: 'CREATE TABLE IF NOT EXISTS',
  },
  {
    rule: 'PD062',
    name: 'unguarded CREATE INDEX',
    bad: { setup: SETUP, steps: ['CREATE INDEX ix_reservations_total ON reservations (total) ALGORITHM=INPLACE LOCK=NONE'] },
    good: {
      setup: SETUP,
      steps: [
        guarded(
          'CREATE INDEX ix_reservations_total ON reservations (total) ALGORITHM=INPLACE LOCK=NONE',
          'reservations',
          'ix_reservations_total',
        ),
      ],
    },
    mentions: 'wrap it in a guard',
  },
  {
    rule: 'PD062',
    name: 'seed INSERT that fails on rerun',
    bad: {
      setup: SETUP,
      steps: [SEED_TABLE, "INSERT INTO unit_kinds (id, code) VALUES ('6b1c0f8e-0000-4000-8000-000000000001', 'pitch')"],
    },
    good: SEED_GOOD,
    mentions: 'guard',
  },
  {
    rule: 'PD063',
    name: 'guard that looks up another column',
    bad: { setup: SETUP, steps: [guarded(ADD_MEMO_SQL, 'reservations', 'note')] },
    good: { setup: SETUP, steps: [GUARDED_ADD] },
    mentions: 'exactly the table and column/index it changes',
  },
  {
    rule: 'PD063',
    name: 'guard that looks up another table',
    bad: { setup: SETUP, steps: [guarded(ADD_MEMO_SQL, 'bookings', 'memo')] },
    good: { setup: SETUP, steps: [GUARDED_ADD] },
    mentions: 'guard each step',
  },
];
