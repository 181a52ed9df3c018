import { guarded, guardedPresent } from '../../testing/lint-case.ts';
import { deployedManifest, newTable, RESERVATIONS } from '../../testing/rule-case.ts';
import type { RuleCase } from '../../testing/rule-case.ts';

const SETUP = [RESERVATIONS];
const addMemo = (clauses: string): ReturnType<typeof guarded> =>
  guarded(`ALTER TABLE reservations ADD COLUMN memo VARCHAR(60) NULL${clauses}`, 'reservations', 'memo');
const addIndex = (clauses: string): ReturnType<typeof guarded> =>
  guarded(`ALTER TABLE reservations ADD INDEX ix_reservations_total (total)${clauses}`, 'reservations', 'ix_reservations_total');
const FLAG_DEPRECATED = deployedManifest({ columns: [{ table: 'reservations', column: 'legacy_flag', reason: 'replaced by status' }] });
const dropFlag = (clauses: string): ReturnType<typeof guarded> =>
  guardedPresent(`ALTER TABLE reservations DROP COLUMN legacy_flag${clauses}`, 'reservations', 'legacy_flag');

export const ONLINE_DDL_CASES: readonly RuleCase[] = [
  {
    rule: 'PD030',
    name: 'ALTER with no ALGORITHM clause',
    bad: { setup: SETUP, steps: [addMemo('')] },
    good: { setup: SETUP, steps: [addMemo(', ALGORITHM=INSTANT')] },
    mentions: 'ALGORITHM=INPLACE, LOCK=NONE',
  },
  {
    rule: 'PD030',
    name: 'INPLACE without LOCK=NONE',
    bad: { setup: SETUP, steps: [addIndex(', ALGORITHM=INPLACE')] },
    good: { setup: SETUP, steps: [addIndex(', ALGORITHM=INPLACE, LOCK=NONE')] },
    mentions: 'ALGORITHM=INSTANT',
  },
  {
    rule: 'PD030',
    name: 'LOCK=NONE without ALGORITHM',
    bad: { setup: SETUP, steps: [addIndex(', LOCK=NONE')] },
    good: { setup: SETUP, steps: [addIndex(', ALGORITHM=INPLACE, LOCK=NONE')] },
    mentions: 'refuses instead of locking',
  },
  {
    rule: 'PD030',
    name: 'CREATE INDEX with no clauses',
    bad: {
      setup: SETUP,
      steps: [guarded('CREATE INDEX ix_reservations_total ON reservations (total)', 'reservations', 'ix_reservations_total')],
    },
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
    mentions: 'ALGORITHM=INPLACE, LOCK=NONE',
  },
  {
    rule: 'PD031',
    name: 'ALGORITHM=COPY',
    bad: { setup: SETUP, steps: [addIndex(', ALGORITHM=COPY')] },
    good: { setup: SETUP, steps: [addIndex(', ALGORITHM=INPLACE, LOCK=NONE')] },
    mentions: 'ALGORITHM=INPLACE, LOCK=NONE',
  },
  {
    rule: 'PD031',
    name: 'LOCK=SHARED',
    bad: { setup: SETUP, steps: [addIndex(', ALGORITHM=INPLACE, LOCK=SHARED')] },
    good: { setup: SETUP, steps: [addIndex(', ALGORITHM=INPLACE, LOCK=NONE')] },
    mentions: 'use LOCK=NONE',
  },
  {
    rule: 'PD031',
    name: 'LOCK=EXCLUSIVE',
    bad: { setup: SETUP, steps: [addMemo(', ALGORITHM=INPLACE, LOCK=EXCLUSIVE')] },
    good: { setup: SETUP, steps: [addMemo(', ALGORITHM=INPLACE, LOCK=NONE')] },
    mentions: 'ALGORITHM=INSTANT',
  },
  {
    rule: 'PD032',
    name: 'ALGORITHM=INSTANT on an index',
    bad: { setup: SETUP, steps: [addIndex(', ALGORITHM=INSTANT')] },
    good: { setup: SETUP, steps: [addIndex(', ALGORITHM=INPLACE, LOCK=NONE')] },
    mentions: 'use ALGORITHM=INPLACE, LOCK=NONE',
  },
  {
    rule: 'PD032',
    name: 'ALGORITHM=INSTANT with LOCK=NONE (ER 1221)',
    bad: { setup: SETUP, steps: [addMemo(', ALGORITHM=INSTANT, LOCK=NONE')] },
    good: { setup: SETUP, steps: [addMemo(', ALGORITHM=INSTANT')] },
    mentions: 'remove the LOCK clause',
  },
  {
    rule: 'PD032',
    name: 'instant DROP COLUMN on MySQL 8.0.28 (needs 8.0.29)',
    bad: { phase: 'contract', setup: SETUP, steps: [dropFlag(', ALGORITHM=INSTANT')], manifests: [FLAG_DEPRECATED] },
    good: { phase: 'contract', setup: SETUP, steps: [dropFlag(', ALGORITHM=INSTANT')], manifests: [FLAG_DEPRECATED], target: '8.0.29' },
    mentions: 'ALGORITHM=INPLACE, LOCK=NONE',
  },
  {
    rule: 'PD032',
    name: 'instant VARCHAR widening (it is in place)',
    bad: { setup: SETUP, steps: ['ALTER TABLE reservations MODIFY title VARCHAR(200) NOT NULL, ALGORITHM=INSTANT'] },
    good: { setup: SETUP, steps: ['ALTER TABLE reservations MODIFY title VARCHAR(200) NOT NULL, ALGORITHM=INPLACE, LOCK=NONE'] },
    mentions: 'ALGORITHM=INPLACE, LOCK=NONE',
  },
  {
    rule: 'PD033',
    name: 'ADD COLUMN ... AFTER',
    bad: { setup: SETUP, steps: [addMemo(' AFTER title, ALGORITHM=INPLACE, LOCK=NONE')] },
    good: { setup: SETUP, steps: [addMemo(', ALGORITHM=INSTANT')] },
    mentions: 'leave the position out',
  },
  {
    rule: 'PD033',
    name: 'MODIFY ... FIRST',
    bad: { setup: SETUP, steps: ['ALTER TABLE reservations MODIFY note VARCHAR(60) NULL FIRST, ALGORITHM=INPLACE, LOCK=NONE'] },
    good: { setup: SETUP, steps: ['ALTER TABLE reservations MODIFY note VARCHAR(63) NULL, ALGORITHM=INPLACE, LOCK=NONE'] },
    mentions: 'leave the position out',
  },
  {
    rule: 'PD034',
    name: 'ENGINE=InnoDB null rebuild',
    bad: { setup: SETUP, steps: ['ALTER TABLE reservations ENGINE=InnoDB, ALGORITHM=INPLACE, LOCK=NONE'] },
    good: { setup: SETUP, steps: ['ALTER TABLE reservations AUTO_INCREMENT=1000, ALGORITHM=INPLACE, LOCK=NONE'] },
    mentions: 'gh-ost/Spirit',
  },
  {
    rule: 'PD034',
    name: 'ROW_FORMAT change',
    bad: { setup: SETUP, steps: ['ALTER TABLE reservations ROW_FORMAT=COMPRESSED, ALGORITHM=INPLACE, LOCK=NONE'] },
    good: { setup: SETUP, steps: [addMemo(', ALGORITHM=INSTANT')] },
    mentions: 'online schema change',
  },
  {
    rule: 'PD034',
    name: 'partitioning change',
    bad: { setup: SETUP, steps: ['ALTER TABLE reservations DROP PARTITION p2019, ALGORITHM=INPLACE, LOCK=NONE'] },
    good: { setup: SETUP, steps: [addMemo(', ALGORITHM=INSTANT')] },
    mentions: 'reviewed runbook',
  },
  {
    rule: 'PD035',
    name: 'FULLTEXT index on an existing table',
    bad: {
      setup: SETUP,
      steps: [
        guarded(
          'ALTER TABLE reservations ADD FULLTEXT INDEX ft_reservations_title (title), ALGORITHM=INPLACE, LOCK=SHARED',
          'reservations',
          'ft_reservations_title',
        ),
      ],
    },
    good: { setup: SETUP, steps: [newTable('search_documents', 'body TEXT NOT NULL,\n  FULLTEXT KEY ft_search_documents_body (body)')] },
    mentions: 'CREATE TABLE of a new table',
  },
  {
    rule: 'PD035',
    name: 'CREATE SPATIAL INDEX on an existing table',
    bad: {
      setup: SETUP,
      steps: [
        guarded(
          'CREATE SPATIAL INDEX sp_reservations_code ON reservations (code) ALGORITHM=INPLACE LOCK=NONE',
          'reservations',
          'sp_reservations_code',
        ),
      ],
    },
    good: { setup: SETUP, steps: [addIndex(', ALGORITHM=INPLACE, LOCK=NONE')] },
    mentions: 'gh-ost/Spirit',
  },
  {
    rule: 'PD036',
    name: 'DROP PRIMARY KEY',
    bad: { setup: SETUP, steps: ['ALTER TABLE reservations DROP PRIMARY KEY, ALGORITHM=INPLACE, LOCK=NONE'] },
    good: { setup: SETUP, steps: [newTable('bookings', 'status VARCHAR(16) NOT NULL')] },
    mentions: 'create a new table with the new key',
  },
  {
    rule: 'PD036',
    name: 'ADD PRIMARY KEY to an existing table',
    bad: {
      setup: [
        ...SETUP,
        'CREATE TABLE IF NOT EXISTS audit_log (event VARCHAR(32) NOT NULL) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci',
      ],
      steps: [guarded('ALTER TABLE audit_log ADD PRIMARY KEY (event), ALGORITHM=INPLACE, LOCK=NONE', 'audit_log', 'PRIMARY')],
    },
    good: { setup: SETUP, steps: [newTable('audit_log', 'event VARCHAR(32) NOT NULL')] },
    mentions: 'backfill it in a job',
  },
  {
    rule: 'PD037',
    name: 'AUTO_INCREMENT column on an existing table',
    bad: {
      setup: SETUP,
      steps: [
        guarded(
          'ALTER TABLE reservations ADD COLUMN seq BIGINT UNSIGNED NOT NULL AUTO_INCREMENT, ALGORITHM=INPLACE, LOCK=NONE',
          'reservations',
          'seq',
        ),
      ],
    },
    good: {
      setup: SETUP,
      steps: [
        'CREATE TABLE IF NOT EXISTS events (id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci',
      ],
    },
    mentions: 'create a new table with the column',
  },
];
