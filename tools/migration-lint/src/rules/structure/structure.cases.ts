import { guarded, SETUP_FILE, SUBJECT_CLASS, SUBJECT_FILE, subjectSource } from '../../testing/lint-case.ts';
import { RESERVATIONS } from '../../testing/rule-case.ts';
import type { RuleCase } from '../../testing/rule-case.ts';

const ADD_NOTE = guarded('ALTER TABLE reservations ADD COLUMN memo VARCHAR(60) NULL, ALGORITHM=INSTANT', 'reservations', 'memo');
const INDEX_FILE = '/virtual/migrations/index.ts';
const INDEX_SOURCE = ['export const MIGRATIONS = [', '  Setup1700000000000,', `  ${SUBJECT_CLASS},`, '];', ''].join('\n');

export const STRUCTURE_CASES: readonly RuleCase[] = [
  {
    rule: 'PD001',
    name: 'a phase that is neither expand nor contract',
    bad: { phase: 'post-deploy' },
    good: { phase: 'expand' },
    mentions: "phase = 'expand'",
  },
  {
    rule: 'PD001',
    name: 'no phase at all',
    bad: { phase: undefined, migration: { phase: undefined }, source: subjectSource().replace(/ {2}readonly phase.*\n/, '') },
    good: { phase: 'contract' },
    mentions: "'contract'",
  },
  {
    rule: 'PD002',
    name: 'no down()',
    bad: { migration: { hasDown: false } },
    good: { migration: { hasDown: true } },
    mentions: 'write the statements that undo up()',
  },
  {
    rule: 'PD003',
    name: 'name differs from the class name',
    bad: { migration: { name: 'SomethingElse1700000000001' } },
    good: { migration: { name: SUBJECT_CLASS } },
    mentions: `readonly name = '${SUBJECT_CLASS}'`,
  },
  {
    rule: 'PD003',
    name: 'class name does not follow the file name',
    bad: {
      migration: { classNames: ['AddMemo1700000000001'], name: 'AddMemo1700000000001' },
      source: subjectSource().replace(SUBJECT_CLASS, 'AddMemo1700000000001'),
    },
    good: {},
    mentions: `must be named ${SUBJECT_CLASS}`,
  },
  {
    rule: 'PD003',
    name: 'two migration classes in one file',
    bad: { migration: { classNames: [SUBJECT_CLASS, 'Another1700000000002'] } },
    good: { migration: { classNames: [SUBJECT_CLASS] } },
    mentions: 'one migration per file',
  },
  {
    rule: 'PD004',
    name: 'a migration missing from MIGRATIONS',
    bad: { index: { file: INDEX_FILE, source: INDEX_SOURCE, entries: [SETUP_FILE], failure: undefined } },
    good: { index: { file: INDEX_FILE, source: INDEX_SOURCE, entries: [SETUP_FILE, SUBJECT_FILE], failure: undefined } },
    mentions: 'import it there, in timestamp order',
  },
  {
    rule: 'PD004',
    name: 'MIGRATIONS out of timestamp order',
    bad: { index: { file: INDEX_FILE, source: INDEX_SOURCE, entries: [SUBJECT_FILE, SETUP_FILE], failure: undefined } },
    good: { index: { file: INDEX_FILE, source: INDEX_SOURCE, entries: [SETUP_FILE, SUBJECT_FILE], failure: undefined } },
    mentions: 'keep MIGRATIONS in timestamp order',
  },
  {
    rule: 'PD005',
    name: 'transaction = true',
    bad: { migration: { transaction: true } },
    good: { migration: { transaction: false } },
    mentions: 'remove it and keep each step idempotent',
  },
  {
    rule: 'PD006',
    name: 'a QueryRunner schema helper instead of SQL',
    bad: { setup: [RESERVATIONS], steps: [{ method: 'addColumn' }] },
    good: { setup: [RESERVATIONS], steps: [ADD_NOTE] },
    mentions: 'write the statement with queryRunner.query()',
  },
  {
    rule: 'PD007',
    name: 'up() that fails under the recording runner',
    bad: { migration: { failure: { message: "Cannot read properties of undefined (reading 'n')", line: 4 } } },
    good: {},
    mentions: 'backfill job',
  },
  {
    rule: 'PD008',
    name: 'two statements in one query() call',
    bad: {
      setup: [RESERVATIONS],
      steps: [
        'ALTER TABLE reservations ADD COLUMN memo VARCHAR(60) NULL, ALGORITHM=INSTANT; ALTER TABLE reservations ADD COLUMN memo2 VARCHAR(60) NULL, ALGORITHM=INSTANT',
      ],
    },
    good: {
      setup: [RESERVATIONS],
      steps: [ADD_NOTE, guarded('ALTER TABLE reservations ADD COLUMN memo2 VARCHAR(60) NULL, ALGORITHM=INSTANT', 'reservations', 'memo2')],
    },
    mentions: 'its own query() call',
  },
  {
    rule: 'PD009',
    name: 'SQL the MySQL grammar cannot parse',
    bad: { setup: [RESERVATIONS], steps: ['ALTER TABLE reservations RENAME INDEX ix_reservations_status TO ix_status'] },
    good: { setup: [RESERVATIONS], steps: [ADD_NOTE] },
    mentions: 'migration-lint-disable PD009',
  },
  {
    rule: 'PD009',
    name: 'OPTIMIZE TABLE (unparseable, a full rebuild)',
    bad: { setup: [RESERVATIONS], steps: ['OPTIMIZE TABLE reservations'] },
    good: { setup: [RESERVATIONS], steps: [ADD_NOTE] },
    mentions: 'in a form the parser reads',
  },
];
