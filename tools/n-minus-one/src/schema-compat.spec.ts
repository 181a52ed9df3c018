import { describe, expect, it } from 'vitest';
import { checkCompatibility } from './schema-compat.ts';
import type { MappedColumn, MappedTable, SchemaColumn } from './schema-compat.ts';

const mapped = (name: string, type: string, extra: Partial<MappedColumn> = {}): MappedColumn => ({
  name,
  type,
  length: undefined,
  precision: undefined,
  unsigned: false,
  nullable: false,
  enumValues: undefined,
  ...extra,
});
const column = (name: string, columnType: string, extra: Partial<SchemaColumn> = {}): SchemaColumn => ({
  table: 'mail_outbox',
  name,
  dataType: columnType.replace(/\(.*$/, '').replace(/ unsigned$/, ''),
  columnType,
  maxLength: null,
  datetimePrecision: null,
  nullable: false,
  hasDefault: false,
  filledByServer: false,
  ...extra,
});
const table = (...columns: MappedColumn[]): MappedTable[] => [{ entity: 'MailOutboxEntity', table: 'mail_outbox', columns }];
const kinds = (previous: MappedTable[], schema: SchemaColumn[]): string[] =>
  checkCompatibility(previous, schema).map((finding) => `${finding.kind} ${finding.column ?? ''}`.trim());

describe('checkCompatibility', () => {
  it('accepts the schema the entities were written for', () => {
    const previous = table(
      mapped('id', 'bigint', { unsigned: true }),
      mapped('recipient', 'varchar', { length: 320 }),
      mapped('last_error', 'varchar', { length: 1000, nullable: true }),
      mapped('status', 'enum', { enumValues: ['pending', 'sent'] }),
      mapped('created_at', 'datetime', { precision: 6 }),
      mapped('body', 'json'),
    );
    const schema = [
      column('id', 'bigint(20) unsigned', { filledByServer: true }),
      column('recipient', 'varchar(320)', { maxLength: 320 }),
      column('last_error', 'varchar(1000)', { maxLength: 1000, nullable: true }),
      column('status', "enum('pending','sent')", { hasDefault: true }),
      column('created_at', 'datetime(6)', { datetimePrecision: 6 }),
      // MariaDB's JSON
      column('body', 'longtext', { maxLength: 4_294_967_295 }),
    ];
    expect(checkCompatibility(previous, schema)).toEqual([]);
  });

  it('accepts what an expand step adds: a nullable or defaulted column, a wider type, a new enum value', () => {
    const previous = table(mapped('recipient', 'varchar', { length: 320 }), mapped('attempts', 'smallint'), mapped('status', 'enum', { enumValues: ['pending'] }));
    const schema = [
      column('recipient', 'varchar(500)', { maxLength: 500 }),
      column('attempts', 'int(11)'),
      column('status', "enum('pending','bounced')"),
      column('last_send_error', 'text', { nullable: true, maxLength: 65_535 }),
      column('kind', 'varchar(16)', { hasDefault: true, maxLength: 16 }),
      column('row_id', 'bigint(20)', { filledByServer: true }),
    ];
    expect(checkCompatibility(previous, schema)).toEqual([]);
  });

  it('finds a column that N-1 maps and a contract step dropped', () => {
    const previous = table(mapped('recipient', 'varchar', { length: 320 }), mapped('last_error', 'varchar', { length: 1000, nullable: true }));
    expect(checkCompatibility(previous, [column('recipient', 'varchar(320)', { maxLength: 320 })])).toEqual([
      {
        kind: 'missing-column',
        table: 'mail_outbox',
        column: 'last_error',
        message: 'N-1 reads and writes mail_outbox.last_error, which no longer exists',
      },
    ]);
  });

  it('finds a table that N-1 maps and is gone', () => {
    expect(kinds(table(mapped('id', 'int')), [{ ...column('id', 'int(11)'), table: 'other' }])).toEqual(['missing-table']);
  });

  it.each([
    { why: 'varchar shortened', before: mapped('c', 'varchar', { length: 320 }), after: column('c', 'varchar(100)', { maxLength: 100 }), kind: 'narrowed' },
    { why: 'text to a varchar', before: mapped('c', 'text'), after: column('c', 'varchar(1000)', { maxLength: 1000 }), kind: 'narrowed' },
    { why: 'int to smallint', before: mapped('c', 'int'), after: column('c', 'smallint(6)'), kind: 'narrowed' },
    { why: 'signed to unsigned', before: mapped('c', 'int'), after: column('c', 'int(10) unsigned'), kind: 'narrowed' },
    { why: 'int to bigint (mysql2 returns a string)', before: mapped('c', 'int'), after: column('c', 'bigint(20)'), kind: 'type-changed' },
    { why: 'datetime to date', before: mapped('c', 'datetime', { precision: 6 }), after: column('c', 'date'), kind: 'type-changed' },
    { why: 'fractional seconds dropped', before: mapped('c', 'datetime', { precision: 6 }), after: column('c', 'datetime', { datetimePrecision: 0 }), kind: 'narrowed' },
    { why: 'an enum value removed', before: mapped('c', 'enum', { enumValues: ['a', 'b'] }), after: column('c', "enum('a')"), kind: 'narrowed' },
    { why: 'varchar to int', before: mapped('c', 'varchar', { length: 10 }), after: column('c', 'int(11)'), kind: 'type-changed' },
  ])('finds $why', ({ before, after, kind }) => {
    expect(kinds(table(before), [after])).toEqual([`${kind} c`]);
  });

  it('finds a column N-1 may set to NULL that now refuses NULL', () => {
    expect(kinds(table(mapped('c', 'varchar', { length: 10, nullable: true })), [column('c', 'varchar(10)', { maxLength: 10 })])).toEqual(['now-not-null c']);
  });

  it('finds a NOT NULL column without a default that N-1 does not map: its INSERTs would fail', () => {
    const schema = [column('c', 'varchar(10)', { maxLength: 10 }), column('required', 'varchar(10)', { maxLength: 10 })];
    expect(kinds(table(mapped('c', 'varchar', { length: 10 })), schema)).toEqual(['insert-would-fail required']);
  });

  it('ignores tables N-1 does not map', () => {
    expect(kinds(table(mapped('c', 'int')), [column('c', 'int(11)'), { ...column('x', 'int(11)'), table: 'new_table' }])).toEqual([]);
  });
});
