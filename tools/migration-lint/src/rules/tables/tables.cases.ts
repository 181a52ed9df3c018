import { guarded } from '../../testing/lint-case.ts';
import { newTable, RESERVATIONS, TABLE_OPTIONS } from '../../testing/rule-case.ts';
import type { RuleCase } from '../../testing/rule-case.ts';

const SETUP = [RESERVATIONS];
const GUARDED_ADD = guarded('ALTER TABLE reservations ADD COLUMN memo VARCHAR(60) NULL, ALGORITHM=INSTANT', 'reservations', 'memo');

export const TABLE_CASES: readonly RuleCase[] = [
  {
    rule: 'PD050',
    name: 'FOREIGN KEY added to an existing table',
    bad: {
      setup: SETUP,
      steps: [
        guarded(
          'ALTER TABLE reservations ADD CONSTRAINT fk_reservations_unit FOREIGN KEY (code) REFERENCES units (code), ALGORITHM=INPLACE, LOCK=NONE',
          'reservations',
          'fk_reservations_unit',
        ),
      ],
    },
    good: {
      setup: SETUP,
      steps: [
        newTable(
          'reservation_notes',
          'reservation_id CHAR(36) NOT NULL,\n  CONSTRAINT fk_notes_reservation FOREIGN KEY (reservation_id) REFERENCES reservations (id)',
        ),
      ],
    },
    mentions: 'enforce the reference in the application',
  },
  {
    rule: 'PD050',
    name: 'inline REFERENCES on an added column',
    bad: {
      setup: SETUP,
      steps: [
        guarded(
          'ALTER TABLE reservations ADD COLUMN unit_id CHAR(36) NULL REFERENCES units (id), ALGORITHM=INPLACE, LOCK=NONE',
          'reservations',
          'unit_id',
        ),
      ],
    },
    good: {
      setup: SETUP,
      steps: [guarded('ALTER TABLE reservations ADD COLUMN unit_id CHAR(36) NULL, ALGORITHM=INSTANT', 'reservations', 'unit_id')],
    },
    mentions: 'CREATE TABLE of a new table',
  },
  {
    rule: 'PD051',
    name: 'CHECK constraint added to an existing table',
    bad: { setup: SETUP, steps: ['ALTER TABLE reservations ADD CONSTRAINT ck_total CHECK (total >= 0), ALGORITHM=INPLACE, LOCK=NONE'] },
    good: {
      setup: SETUP,
      steps: [newTable('payments', 'amount_minor BIGINT NOT NULL,\n  CONSTRAINT ck_payments_amount CHECK (amount_minor >= 0)')],
    },
    mentions: 'validate in the application',
  },
  {
    rule: 'PD052',
    name: 'new table without a primary key',
    bad: { steps: [`CREATE TABLE IF NOT EXISTS audit_log (event VARCHAR(32) NOT NULL) ${TABLE_OPTIONS}`] },
    good: {
      steps: [
        `CREATE TABLE IF NOT EXISTS audit_log (id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT, event VARCHAR(32) NOT NULL, PRIMARY KEY (id)) ${TABLE_OPTIONS}`,
      ],
    },
    mentions: 'declare a PRIMARY KEY',
  },
  {
    rule: 'PD053',
    name: 'new table relying on server defaults',
    bad: { steps: ['CREATE TABLE IF NOT EXISTS audit_log (id CHAR(36) NOT NULL PRIMARY KEY)'] },
    good: { steps: [newTable('audit_log', 'event VARCHAR(32) NOT NULL')] },
    mentions: 'ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci',
  },
  {
    rule: 'PD053',
    name: 'new table in latin1',
    bad: {
      steps: [
        'CREATE TABLE IF NOT EXISTS audit_log (id CHAR(36) NOT NULL PRIMARY KEY) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci',
      ],
    },
    good: { steps: [newTable('audit_log', 'event VARCHAR(32) NOT NULL')] },
    mentions: 'COLLATE=utf8mb4_unicode_ci',
  },
  {
    rule: 'PD053',
    name: 'new table with another utf8mb4 collation',
    bad: {
      steps: [
        'CREATE TABLE IF NOT EXISTS audit_log (id CHAR(36) NOT NULL PRIMARY KEY) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci',
      ],
    },
    good: { steps: [newTable('audit_log', 'event VARCHAR(32) NOT NULL')] },
    mentions: 'COLLATE=utf8mb4_unicode_ci',
  },
  {
    rule: 'PD054',
    name: 'CREATE VIEW',
    bad: { setup: SETUP, steps: ['CREATE VIEW open_reservations AS SELECT id FROM reservations'] },
    good: { setup: SETUP, steps: [GUARDED_ADD] },
    mentions: 'a migration may CREATE TABLE',
  },
  {
    rule: 'PD054',
    name: 'a read of application data',
    bad: { setup: SETUP, steps: ['SELECT COUNT(*) AS n FROM reservations'] },
    good: { setup: SETUP, steps: ["SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_NAME = 'reservations'", GUARDED_ADD] },
    mentions: 'move the data work to a job',
  },
  {
    rule: 'PD054',
    name: 'LOCK TABLES',
    bad: { setup: SETUP, steps: ['LOCK TABLES reservations WRITE'] },
    good: { setup: SETUP, steps: [GUARDED_ADD] },
    mentions: 'reviewed override',
  },
  {
    rule: 'PD054',
    name: 'CREATE TEMPORARY TABLE',
    bad: { steps: [`CREATE TEMPORARY TABLE IF NOT EXISTS scratch (id CHAR(36) NOT NULL PRIMARY KEY) ${TABLE_OPTIONS}`] },
    good: { steps: [newTable('scratch', 'note VARCHAR(60) NULL')] },
    mentions: 'a migration may CREATE TABLE',
  },
];
