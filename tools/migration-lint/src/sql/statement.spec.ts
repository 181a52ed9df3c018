import { describe, expect, it } from 'vitest';
import { parseSql } from './parse-sql.ts';
import type { Statement } from './statement.ts';

function read(sql: string): Statement {
  const outcome = parseSql(sql);
  if (!outcome.ok || outcome.statements.length !== 1 || !outcome.statements[0]) {
    throw new Error(`expected one statement: ${sql}`);
  }
  return outcome.statements[0].statement;
}

describe('reading node-sql-parser ASTs into statements', () => {
  it('reads an ALTER with its online clauses, quoted and schema-qualified names', () => {
    expect(read('ALTER TABLE `app`.`bookings` ADD COLUMN `memo` VARCHAR(60) NULL, ALGORITHM=INPLACE, LOCK=NONE')).toMatchObject({
      kind: 'alter-table',
      table: 'bookings',
      algorithm: 'INPLACE',
      lock: 'NONE',
      actions: [{ type: 'add-column', column: { name: 'memo', dataType: 'VARCHAR', length: 60, notNull: false, defaultKind: 'none' } }],
    });
  });

  it('reads CHANGE as a modify that may rename', () => {
    expect(read('ALTER TABLE t CHANGE a b INT NOT NULL')).toMatchObject({
      actions: [{ type: 'modify-column', from: 'a', column: { name: 'b', notNull: true } }],
    });
  });

  it.each([
    ["DEFAULT 'x'", 'constant'],
    ['DEFAULT -1', 'constant'],
    ['DEFAULT NULL', 'null'],
    ["DEFAULT ('x')", 'expression'],
    ['DEFAULT CURRENT_TIMESTAMP', 'current-timestamp'],
    ['DEFAULT CURRENT_TIMESTAMP(6)', 'current-timestamp'],
    ['DEFAULT (UUID())', 'expression'],
    ['', 'none'],
  ])('classifies %s as %s', (clause, kind) => {
    expect(read(`ALTER TABLE t ADD COLUMN c DATETIME(6) NULL ${clause}`)).toMatchObject({ actions: [{ column: { defaultKind: kind } }] });
  });

  it('reads the index kinds of CREATE TABLE and ALTER', () => {
    const created = read(
      'CREATE TABLE t (id INT NOT NULL, b TEXT, c INT, PRIMARY KEY (id), UNIQUE KEY uq (c), FULLTEXT KEY ft (b), KEY ix (c)) ENGINE=InnoDB',
    );
    expect(created.kind === 'create-table' ? created.indexes.map((index) => index.kind) : []).toEqual([
      'primary',
      'unique',
      'fulltext',
      'plain',
    ]);
    expect(read('ALTER TABLE t ADD UNIQUE INDEX uq (c)')).toMatchObject({
      actions: [{ type: 'add-index', index: { kind: 'unique', name: 'uq' } }],
    });
    expect(read('ALTER TABLE t ADD SPATIAL INDEX sp (g)')).toMatchObject({ actions: [{ type: 'add-index', index: { kind: 'spatial' } }] });
  });

  it('reads SET variables with or without a scope prefix', () => {
    expect(read('SET @@session.foreign_key_checks = 0')).toEqual({ kind: 'set', variables: ['foreign_key_checks'] });
    expect(read('SET SESSION lock_wait_timeout = 5')).toEqual({ kind: 'set', variables: ['lock_wait_timeout'] });
  });

  it('tells metadata reads from data reads', () => {
    expect(read("SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_NAME = 't'")).toEqual({ kind: 'metadata-read' });
    expect(read('SELECT VERSION()')).toEqual({ kind: 'metadata-read' });
    expect(read('SELECT id FROM bookings')).toEqual({ kind: 'data-read', tables: ['bookings'] });
  });

  it('reads inserts: seed rows, INSERT IGNORE, INSERT ... SELECT and REPLACE', () => {
    expect(read("INSERT IGNORE INTO t (a) VALUES ('x')")).toMatchObject({ kind: 'insert', ignoresDuplicates: true, fromSelect: false });
    expect(read("INSERT INTO t (a) VALUES ('x') ON DUPLICATE KEY UPDATE a = 'x'")).toMatchObject({ ignoresDuplicates: true });
    expect(read('INSERT INTO t (a) SELECT a FROM u')).toMatchObject({ fromSelect: true, ignoresDuplicates: false });
    expect(read("REPLACE INTO t (a) VALUES ('x')")).toMatchObject({ replace: true });
  });

  it('keeps what it does not model as "other" or an unknown ALTER clause', () => {
    expect(read('CREATE TRIGGER tr BEFORE INSERT ON t FOR EACH ROW SET NEW.a = 1')).toEqual({
      kind: 'other',
      description: 'CREATE TRIGGER',
    });
    expect(read('GRANT SELECT ON t TO u')).toEqual({ kind: 'other', description: 'GRANT' });
  });

  it('reports what the grammar cannot parse', () => {
    const outcome = parseSql('ALTER TABLE t ALTER INDEX ix INVISIBLE');
    expect(outcome.ok).toBe(false);
  });
});
