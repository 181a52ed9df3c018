import { guarded, guardedPresent } from '../../testing/lint-case.ts';
import { deployedManifest, LEGACY_QUOTES, newTable, pendingManifest, RESERVATIONS } from '../../testing/rule-case.ts';
import type { RuleCase } from '../../testing/rule-case.ts';

const SETUP = [RESERVATIONS, LEGACY_QUOTES];
const DROP_LEGACY = 'DROP TABLE IF EXISTS legacy_quotes';
const QUOTES_DEPRECATED = deployedManifest({ tables: [{ table: 'legacy_quotes', reason: 'quotes moved to quotes_v2 in 2026.6.0' }] });
const DROP_FLAG = guardedPresent(
  'ALTER TABLE reservations DROP COLUMN legacy_flag, ALGORITHM=INPLACE, LOCK=NONE',
  'reservations',
  'legacy_flag',
);
const FLAG_DEPRECATED = { columns: [{ table: 'reservations', column: 'legacy_flag', reason: 'replaced by status' }] };
const DROP_STATUS_INDEX = guardedPresent(
  'ALTER TABLE reservations DROP INDEX ix_reservations_status, ALGORITHM=INPLACE, LOCK=NONE',
  'reservations',
  'ix_reservations_status',
);
const STATUS_INDEX_DEPRECATED = {
  indexes: [{ table: 'reservations', index: 'ix_reservations_status', reason: 'covered by ix_reservations_status_expiry' }],
};
const ADD_MEMO = guarded('ALTER TABLE reservations ADD COLUMN memo VARCHAR(60) NULL, ALGORITHM=INSTANT', 'reservations', 'memo');
const UNIQUE_CODE = guarded(
  'ALTER TABLE reservations ADD UNIQUE INDEX uq_reservations_code (code), ALGORITHM=INPLACE, LOCK=NONE',
  'reservations',
  'uq_reservations_code',
);

export const CONTRACT_CASES: readonly RuleCase[] = [
  {
    rule: 'PD020',
    name: 'DROP TABLE in an expand migration',
    bad: { setup: SETUP, steps: [DROP_LEGACY], manifests: [QUOTES_DEPRECATED] },
    good: { phase: 'contract', setup: SETUP, steps: [DROP_LEGACY], manifests: [QUOTES_DEPRECATED] },
    mentions: 'deprecations/<N>.json',
  },
  {
    rule: 'PD020',
    name: 'DROP TABLE in a contract migration without a manifest',
    bad: { phase: 'contract', setup: SETUP, steps: [DROP_LEGACY] },
    good: { phase: 'contract', setup: SETUP, steps: [DROP_LEGACY], manifests: [QUOTES_DEPRECATED] },
    mentions: 'once that manifest is marked deployed',
  },
  {
    rule: 'PD020',
    name: 'DROP TABLE listed only in a manifest that is not deployed',
    bad: {
      phase: 'contract',
      setup: SETUP,
      steps: [DROP_LEGACY],
      manifests: [pendingManifest({ tables: [{ table: 'legacy_quotes', reason: 'moved' }] })],
    },
    good: { phase: 'contract', setup: SETUP, steps: [DROP_LEGACY], manifests: [QUOTES_DEPRECATED] },
    mentions: 'mark the manifest deployed',
  },
  {
    rule: 'PD021',
    name: 'DROP COLUMN in an expand migration',
    bad: { setup: SETUP, steps: [DROP_FLAG], manifests: [deployedManifest(FLAG_DEPRECATED)] },
    good: { phase: 'contract', setup: SETUP, steps: [DROP_FLAG], manifests: [deployedManifest(FLAG_DEPRECATED)] },
    mentions: 'drop it in a contract migration',
  },
  {
    rule: 'PD021',
    name: 'DROP COLUMN of a column no manifest lists',
    bad: { phase: 'contract', setup: SETUP, steps: [DROP_FLAG], manifests: [QUOTES_DEPRECATED] },
    good: { phase: 'contract', setup: SETUP, steps: [DROP_FLAG], manifests: [deployedManifest(FLAG_DEPRECATED)] },
    mentions: 'list it in deprecations/<N>.json',
  },
  {
    rule: 'PD022',
    name: 'DROP INDEX in an expand migration',
    bad: { setup: SETUP, steps: [DROP_STATUS_INDEX], manifests: [deployedManifest(STATUS_INDEX_DEPRECATED)] },
    good: { phase: 'contract', setup: SETUP, steps: [DROP_STATUS_INDEX], manifests: [deployedManifest(STATUS_INDEX_DEPRECATED)] },
    mentions: 'contract migration',
  },
  {
    rule: 'PD022',
    name: 'DROP INDEX ... ON in a contract migration without a manifest',
    bad: {
      phase: 'contract',
      setup: SETUP,
      steps: [
        guardedPresent(
          'DROP INDEX ix_reservations_status ON reservations ALGORITHM=INPLACE LOCK=NONE',
          'reservations',
          'ix_reservations_status',
        ),
      ],
    },
    good: {
      phase: 'contract',
      setup: SETUP,
      steps: [
        guardedPresent(
          'DROP INDEX ix_reservations_status ON reservations ALGORITHM=INPLACE LOCK=NONE',
          'reservations',
          'ix_reservations_status',
        ),
      ],
      manifests: [deployedManifest(STATUS_INDEX_DEPRECATED)],
    },
    mentions: 'deprecations/<N>.json',
  },
  {
    rule: 'PD023',
    name: 'RENAME TABLE',
    bad: { setup: SETUP, steps: ['RENAME TABLE reservations TO bookings'] },
    good: { setup: SETUP, steps: [newTable('bookings', 'status VARCHAR(16) NOT NULL')] },
    mentions: 'create the new table, write to both',
  },
  {
    rule: 'PD023',
    name: 'ALTER TABLE ... RENAME TO',
    bad: { setup: SETUP, steps: ['ALTER TABLE reservations RENAME TO bookings, ALGORITHM=INSTANT'] },
    good: { setup: SETUP, steps: [newTable('bookings', 'status VARCHAR(16) NOT NULL')] },
    mentions: 'backfill it in a job',
  },
  {
    rule: 'PD024',
    name: 'RENAME COLUMN',
    bad: { setup: SETUP, steps: ['ALTER TABLE reservations RENAME COLUMN note TO memo, ALGORITHM=INSTANT'] },
    good: { setup: SETUP, steps: [ADD_MEMO] },
    mentions: 'add the new column, write both',
  },
  {
    rule: 'PD024',
    name: 'CHANGE old new (TypeORM-style rename)',
    bad: { setup: SETUP, steps: ['ALTER TABLE reservations CHANGE note memo VARCHAR(60) NULL, ALGORITHM=INPLACE, LOCK=NONE'] },
    good: { setup: SETUP, steps: [ADD_MEMO] },
    mentions: 'drop it in a contract migration',
  },
  {
    rule: 'PD025',
    name: 'TRUNCATE',
    bad: { setup: SETUP, steps: ['TRUNCATE TABLE legacy_quotes'] },
    good: { phase: 'contract', setup: SETUP, steps: [DROP_LEGACY], manifests: [QUOTES_DEPRECATED] },
    mentions: 'deprecation manifest and a contract migration',
  },
  {
    rule: 'PD025',
    name: 'DROP DATABASE',
    bad: { setup: SETUP, steps: ['DROP DATABASE pitchdesk'] },
    good: { setup: SETUP, steps: [ADD_MEMO] },
    mentions: 'infrastructure runbooks',
  },
  {
    rule: 'PD026',
    name: 'NULL -> NOT NULL in an expand migration',
    bad: { setup: SETUP, steps: ['ALTER TABLE reservations MODIFY note VARCHAR(60) NOT NULL, ALGORITHM=INPLACE, LOCK=NONE'] },
    good: {
      phase: 'contract',
      setup: SETUP,
      steps: ['ALTER TABLE reservations MODIFY note VARCHAR(60) NOT NULL, ALGORITHM=INPLACE, LOCK=NONE'],
    },
    mentions: 'tighten it in a contract migration',
  },
  {
    rule: 'PD027',
    name: 'UNIQUE index on an existing table in expand',
    bad: { setup: SETUP, steps: [UNIQUE_CODE] },
    good: { phase: 'contract', setup: SETUP, steps: [UNIQUE_CODE] },
    mentions: 'dedupe in a backfill job',
  },
  {
    rule: 'PD027',
    name: 'CREATE UNIQUE INDEX on an existing table in expand',
    bad: {
      setup: SETUP,
      steps: [
        guarded(
          'CREATE UNIQUE INDEX uq_reservations_code ON reservations (code) ALGORITHM=INPLACE LOCK=NONE',
          'reservations',
          'uq_reservations_code',
        ),
      ],
    },
    good: { setup: SETUP, steps: [newTable('vouchers', 'code CHAR(8) NOT NULL,\n  UNIQUE KEY uq_vouchers_code (code)')] },
    mentions: 'add the index in a contract migration',
  },
  {
    rule: 'PD028',
    name: 'ADD COLUMN in a contract migration',
    bad: { phase: 'contract', setup: SETUP, steps: [ADD_MEMO] },
    good: { phase: 'expand', setup: SETUP, steps: [ADD_MEMO] },
    mentions: 'move it to an expand migration',
  },
  {
    rule: 'PD028',
    name: 'CREATE TABLE in a contract migration',
    bad: { phase: 'contract', setup: SETUP, steps: [newTable('vouchers', 'code CHAR(8) NOT NULL')] },
    good: { setup: SETUP, steps: [newTable('vouchers', 'code CHAR(8) NOT NULL')] },
    mentions: 'expand migration',
  },
];
