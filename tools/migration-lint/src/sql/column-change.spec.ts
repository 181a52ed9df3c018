import { describe, expect, it } from 'vitest';
import { describeColumnChange } from './column-change.ts';
import { parseSql } from './parse-sql.ts';
import type { ColumnDefinition } from './column-definition.ts';

/** The column a one-column CREATE TABLE declares. */
function column(definition: string): ColumnDefinition {
  const outcome = parseSql(`CREATE TABLE t (${definition})`);
  const statement = outcome.ok ? outcome.statements[0]?.statement : undefined;
  if (statement?.kind !== 'create-table' || !statement.columns[0]) {
    throw new Error(`cannot read ${definition}`);
  }
  return statement.columns[0];
}

const change = (before: string, after: string, tableCharset?: string) =>
  describeColumnChange(column(before), column(after), tableCharset, undefined);

describe('describeColumnChange: VARCHAR length bytes (1 up to 255 bytes, 2 from 256)', () => {
  it.each([
    ['c VARCHAR(60)', 'c VARCHAR(63)', undefined, 'varchar-widening'],
    ['c VARCHAR(60)', 'c VARCHAR(64)', undefined, 'unsafe'],
    ['c VARCHAR(100)', 'c VARCHAR(300)', undefined, 'varchar-widening'],
    ['c VARCHAR(200)', 'c VARCHAR(255)', 'latin1', 'varchar-widening'],
    ['c VARCHAR(200)', 'c VARCHAR(256)', 'latin1', 'unsafe'],
    ['c VARCHAR(80)', 'c VARCHAR(85)', 'utf8mb3', 'varchar-widening'],
    ['c VARCHAR(80)', 'c VARCHAR(86)', 'utf8mb3', 'unsafe'],
    ['c VARCHAR(10) CHARACTER SET ascii', 'c VARCHAR(255) CHARACTER SET ascii', undefined, 'varchar-widening'],
    ['c VARBINARY(200)', 'c VARBINARY(255)', undefined, 'varchar-widening'],
    ['c VARBINARY(200)', 'c VARBINARY(256)', undefined, 'unsafe'],
    ['c VARCHAR(64)', 'c VARCHAR(32)', undefined, 'unsafe'],
    ['c VARCHAR(64)', 'c VARCHAR(64)', undefined, 'same'],
    ['c VARCHAR(10)', 'c VARCHAR(20)', 'koi8r', 'unsafe'],
  ])('%s -> %s (table charset %s): %s', (before, after, charset, kind) => {
    expect(change(before, after, charset).type.kind).toBe(kind);
  });
});

describe('describeColumnChange: other types', () => {
  it.each([
    ['c INT(11)', 'c INT', 'same'],
    ['c INT', 'c BIGINT', 'unsafe'],
    ['c TINYINT', 'c TINYINT UNSIGNED', 'unsafe'],
    ['c INTEGER', 'c INT', 'same'],
    ['c DECIMAL(10,2)', 'c DECIMAL(12,2)', 'unsafe'],
    ['c DATETIME(3)', 'c DATETIME(6)', 'unsafe'],
    ['c CHAR(8)', 'c CHAR(10)', 'unsafe'],
    ['c VARCHAR(255)', 'c TEXT', 'unsafe'],
    ["c ENUM('a','b')", "c ENUM('a','b','c')", 'members-appended'],
    ["c ENUM('a','b')", "c ENUM('a','c','b')", 'members-changed'],
    ["c SET('a','b','c')", "c SET('a','b','c','d','e')", 'members-appended'],
    ["c SET('a','b','c','d','e','f','g','h')", "c SET('a','b','c','d','e','f','g','h','i')", 'members-changed'],
  ])('%s -> %s: %s', (before, after, kind) => {
    expect(change(before, after).type.kind).toBe(kind);
  });

  it('counts ENUM storage: 255 members fit one byte, 256 need two', () => {
    const members = (count: number): string => Array.from({ length: count }, (_, index) => `'m${index}'`).join(',');
    expect(change(`c ENUM(${members(200)})`, `c ENUM(${members(255)})`).type.kind).toBe('members-appended');
    expect(change(`c ENUM(${members(200)})`, `c ENUM(${members(256)})`).type.kind).toBe('members-changed');
  });

  it('tells tightening from loosening', () => {
    expect(change('c INT NULL', 'c INT NOT NULL').nullability).toBe('tightened');
    expect(change('c INT NOT NULL', 'c INT NULL').nullability).toBe('loosened');
    expect(change('c INT NOT NULL', 'c INT NOT NULL').nullability).toBe('same');
  });

  it('sees a charset change, including one implied by leaving CHARACTER SET out', () => {
    expect(change('c VARCHAR(10) CHARACTER SET ascii', 'c VARCHAR(10)')?.charset).toBe('character set ascii -> utf8mb4');
    expect(change('c VARCHAR(10)', 'c VARCHAR(10) CHARACTER SET latin1')?.charset).toBe('character set utf8mb4 -> latin1');
    expect(change('c VARCHAR(10)', 'c VARCHAR(10) COLLATE utf8mb4_bin')?.charset).toBe('collation default -> utf8mb4_bin');
    expect(change('c VARCHAR(10)', 'c VARCHAR(20)').charset).toBeUndefined();
    expect(change('c INT', 'c INT').charset).toBeUndefined();
  });
});
