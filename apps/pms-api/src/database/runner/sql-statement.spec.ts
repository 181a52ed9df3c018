import { describe, expect, it } from 'vitest';
import { isRead, parseSql, singleStatement } from './sql-statement';
import type { RunnerStatement } from './sql-statement';

function statementOf(sql: string): RunnerStatement {
  const statement = singleStatement(sql);
  if (!statement) {
    throw new Error(`expected one statement in ${sql}`);
  }
  return statement;
}

describe('reading a migration statement', () => {
  it.each([
    {
      sql: 'ALTER TABLE reservations ADD COLUMN expiry_announced_at DATETIME(6) NULL, ALGORITHM=INSTANT',
      kind: 'alter-table',
      algorithm: 'INSTANT',
      lock: undefined,
      effects: [{ fact: { kind: 'column', table: 'reservations', column: 'expiry_announced_at' }, present: true }],
      destructive: false,
    },
    {
      sql: 'ALTER TABLE unit_nights ADD INDEX ix_search (property_id, night), ALGORITHM=INPLACE, LOCK=NONE',
      kind: 'alter-table',
      algorithm: 'INPLACE',
      lock: 'NONE',
      effects: [{ fact: { kind: 'index', table: 'unit_nights', index: 'ix_search' }, present: true }],
      destructive: false,
    },
    {
      sql: 'ALTER TABLE `t` DROP COLUMN `c`, ALGORITHM=INSTANT',
      kind: 'alter-table',
      algorithm: 'INSTANT',
      lock: undefined,
      effects: [{ fact: { kind: 'column', table: 't', column: 'c' }, present: false }],
      destructive: true,
    },
    {
      sql: 'ALTER TABLE t RENAME COLUMN a TO b, ALGORITHM=INSTANT',
      kind: 'alter-table',
      algorithm: 'INSTANT',
      lock: undefined,
      effects: [
        { fact: { kind: 'column', table: 't', column: 'b' }, present: true },
        { fact: { kind: 'column', table: 't', column: 'a' }, present: false },
      ],
      destructive: true,
    },
    {
      sql: 'ALTER TABLE t ADD CONSTRAINT fk_t_u FOREIGN KEY (u) REFERENCES u (id), ALGORITHM=INPLACE, LOCK=NONE',
      kind: 'alter-table',
      algorithm: 'INPLACE',
      lock: 'NONE',
      effects: [{ fact: { kind: 'constraint', table: 't', constraint: 'fk_t_u' }, present: true }],
      destructive: false,
    },
    {
      sql: 'ALTER TABLE t MODIFY COLUMN note VARCHAR(200) NULL, ALGORITHM=INPLACE, LOCK=NONE',
      kind: 'alter-table',
      algorithm: 'INPLACE',
      lock: 'NONE',
      effects: [],
      destructive: false,
    },
    {
      sql: 'CREATE TABLE IF NOT EXISTS widgets (id INT NOT NULL PRIMARY KEY) ENGINE=InnoDB',
      kind: 'create-table',
      algorithm: undefined,
      lock: undefined,
      effects: [{ fact: { kind: 'table', table: 'widgets' }, present: true }],
      destructive: false,
    },
    {
      sql: 'CREATE INDEX ix_w ON widgets (a) ALGORITHM=INPLACE LOCK=NONE',
      kind: 'create-index',
      algorithm: 'INPLACE',
      lock: 'NONE',
      effects: [{ fact: { kind: 'index', table: 'widgets', index: 'ix_w' }, present: true }],
      destructive: false,
    },
    {
      sql: 'DROP INDEX ix_w ON widgets ALGORITHM=INPLACE LOCK=NONE',
      kind: 'drop-index',
      algorithm: 'INPLACE',
      lock: 'NONE',
      effects: [{ fact: { kind: 'index', table: 'widgets', index: 'ix_w' }, present: false }],
      destructive: true,
    },
    {
      sql: 'DROP TABLE IF EXISTS a, b',
      kind: 'drop-table',
      algorithm: undefined,
      lock: undefined,
      effects: [
        { fact: { kind: 'table', table: 'a' }, present: false },
        { fact: { kind: 'table', table: 'b' }, present: false },
      ],
      destructive: true,
    },
  ])('$sql', ({ sql, ...expected }) => {
    const statement = statementOf(sql);
    expect({
      kind: statement.kind,
      algorithm: statement.algorithm,
      lock: statement.lock,
      effects: statement.effects,
      destructive: statement.destructive,
    }).toEqual(expected);
  });

  it('requires the table an ALTER or an index change works on', () => {
    expect(statementOf('ALTER TABLE t ADD COLUMN c INT NULL, ALGORITHM=INSTANT').requires).toEqual([{ kind: 'table', table: 't' }]);
    expect(statementOf('CREATE TABLE t (id INT PRIMARY KEY)').requires).toEqual([]);
  });

  it.each([
    ['SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_NAME = ?', 'metadata-read'],
    ['SHOW TABLES', 'metadata-read'],
    ['SELECT id FROM reservations', 'data-read'],
    ['UPDATE reservations SET status = 1', 'update'],
    ['DELETE FROM reservations', 'delete'],
    ["INSERT INTO settings (k, v) VALUES ('a', 'b')", 'insert'],
    ['INSERT INTO a SELECT * FROM b', 'copy-rows'],
    ['REPLACE INTO a (id) VALUES (1)', 'copy-rows'],
    ['SET SESSION lock_wait_timeout = 31536000', 'set'],
    ['TRUNCATE TABLE reservations', 'truncate'],
    ['RENAME TABLE a TO b', 'rename-table'],
  ])('%s is %s', (sql, kind) => {
    expect(statementOf(sql).kind).toBe(kind);
  });

  it('passes reads through and journals everything else', () => {
    expect(isRead('SELECT 1 FROM information_schema.TABLES WHERE TABLE_NAME = ?')).toBe(true);
    expect(isRead('SELECT COUNT(*) FROM reservations')).toBe(true);
    expect(isRead('ALTER TABLE t ADD COLUMN c INT NULL, ALGORITHM=INSTANT')).toBe(false);
    expect(isRead('this is not sql')).toBe(false);
  });

  it('reports what it cannot parse instead of guessing', () => {
    const parsed = parseSql('ALTER TABLE t ADD COLUMN IF NOT EXISTS');
    expect(parsed.ok).toBe(false);
  });
});
