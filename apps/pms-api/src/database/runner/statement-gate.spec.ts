import { describe, expect, it } from 'vitest';
import { gateRefusals } from './statement-gate';

describe('the runner gate', () => {
  it.each([
    ['ALTER TABLE t ADD COLUMN c INT NULL, ALGORITHM=INSTANT', 'expand'],
    ['ALTER TABLE t ADD INDEX ix (c), ALGORITHM=INPLACE, LOCK=NONE', 'expand'],
    ['CREATE INDEX ix ON t (c) ALGORITHM=INPLACE LOCK=NONE', 'expand'],
    ['CREATE TABLE IF NOT EXISTS t (id INT NOT NULL PRIMARY KEY) ENGINE=InnoDB', 'expand'],
    ["INSERT INTO settings (k, v) VALUES ('a', 'b')", 'expand'],
    ['ALTER TABLE t DROP COLUMN c, ALGORITHM=INSTANT', 'contract'],
    ['DROP INDEX ix ON t ALGORITHM=INPLACE LOCK=NONE', 'contract'],
    ['DROP TABLE IF EXISTS old_quotes', 'contract'],
  ] as const)('lets %s run in %s', (sql, phase) => {
    expect(gateRefusals(sql, phase)).toEqual([]);
  });

  it.each([
    ['ALTER TABLE t ADD COLUMN c INT NULL, ALGORITHM=COPY', 'expand', 'ALGORITHM=COPY rebuilds the table'],
    ['ALTER TABLE t ADD INDEX ix (c), ALGORITHM=INPLACE, LOCK=SHARED', 'expand', 'LOCK=SHARED blocks every write'],
    ['ALTER TABLE t ADD INDEX ix (c), LOCK=EXCLUSIVE', 'expand', 'LOCK=EXCLUSIVE blocks every read and write'],
    ['ALTER TABLE t ADD COLUMN c INT NULL', 'expand', 'no ALGORITHM clause'],
    ['ALTER TABLE t ADD INDEX ix (c), ALGORITHM=INPLACE', 'expand', 'ALGORITHM=INPLACE: MySQL may then fall back'],
    ['CREATE INDEX ix ON t (c)', 'expand', 'no ALGORITHM clause'],
    ['SET SESSION lock_wait_timeout = 31536000', 'expand', 'the runner owns session settings'],
    ['UPDATE reservations SET locale = "it"', 'expand', 'data changes are batched, resumable jobs'],
    ['INSERT INTO a SELECT * FROM b', 'expand', 'data changes are batched, resumable jobs'],
    ['TRUNCATE TABLE reservations', 'contract', 'destroys data'],
    ['CREATE VIEW v AS SELECT 1', 'expand', 'not a statement the runner can check'],
    ['ALTER TABLE t DROP COLUMN c, ALGORITHM=INSTANT', 'expand', 'belongs in a contract migration'],
    ['DROP TABLE old_quotes', 'expand', 'belongs in a contract migration'],
    ['RENAME TABLE a TO b', 'expand', 'belongs in a contract migration'],
    ['ALTER TABLE t ADD COLUMN c INT; ALTER TABLE t ADD COLUMN d INT', 'expand', '2 statements in one query() call'],
    ['ALTER TABLE t ADD COLUMN IF NOT EXISTS c INT, ALGORITHM=INSTANT', 'expand', 'cannot be read with the MySQL 8 grammar'],
  ] as const)('refuses %s in %s', (sql, phase, reason) => {
    const refusals = gateRefusals(sql, phase);
    expect(refusals).toHaveLength(1);
    expect(refusals[0]).toContain(reason);
  });
});
