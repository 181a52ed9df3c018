import { describeType } from './column-definition.ts';
import type { ColumnDefinition } from './column-definition.ts';

// What a MODIFY/CHANGE does to a column, judged against the MySQL 8.0 manual, "Online
// DDL Operations" (https://dev.mysql.com/doc/refman/8.0/en/innodb-online-ddl-operations.html),
// column table: "Changing the column data type: Instant No, In Place No" (a COPY that
// blocks writes), with two exceptions the same page lists as online:
// - "Extending VARCHAR column size": in place, metadata only, *if the number of length
//   bytes stays the same*: 1 byte up to 255 bytes of data, 2 bytes from 256, so
//   0-255 -> 0-255 bytes or 256+ -> more is online, crossing 255/256 is a copy;
// - "Modifying the definition of an ENUM or SET column": instant when members are only
//   appended *and the storage size does not change* (ENUM: 1 byte up to 255 members;
//   SET: 1, 2, 3, 4 or 8 bytes for up to 8, 16, 24, 32, 64 members).

/** Maximum bytes per character (information_schema.CHARACTER_SETS.MAXLEN). */
const CHARSET_MAXLEN: Readonly<Record<string, number>> = {
  utf8mb4: 4,
  utf8mb3: 3,
  utf8: 3,
  latin1: 1,
  ascii: 1,
  binary: 1,
  ucs2: 2,
  utf16: 4,
  utf16le: 4,
  utf32: 4,
};

/** House default for tables (CREATE TABLE ... DEFAULT CHARSET=utf8mb4) and MySQL 8's server default. */
export const DEFAULT_CHARSET = 'utf8mb4';

const STRING_TYPES = new Set(['CHAR', 'VARCHAR', 'TINYTEXT', 'TEXT', 'MEDIUMTEXT', 'LONGTEXT', 'ENUM', 'SET']);
const INTEGER_TYPES = new Set(['TINYINT', 'SMALLINT', 'MEDIUMINT', 'INT', 'BIGINT']);

export type TypeChange =
  | { readonly kind: 'same' }
  | { readonly kind: 'varchar-widening' }
  | { readonly kind: 'members-appended' }
  /** ENUM/SET members removed, renamed or reordered, or a storage-size change. */
  | { readonly kind: 'members-changed'; readonly reason: string }
  | { readonly kind: 'unsafe'; readonly reason: string };

export interface ColumnChange {
  readonly type: TypeChange;
  readonly nullability: 'tightened' | 'loosened' | 'same';
  /** Set when the effective charset or collation differs, with a description. */
  readonly charset: string | undefined;
}

function lengthBytes(chars: number, charset: string): number | undefined {
  const maxlen = CHARSET_MAXLEN[charset];
  return maxlen === undefined ? undefined : chars * maxlen <= 255 ? 1 : 2;
}

function setStorageBytes(members: number): number {
  return members <= 8 ? 1 : members <= 16 ? 2 : members <= 24 ? 3 : members <= 32 ? 4 : 8;
}

function membersChange(before: ColumnDefinition, after: ColumnDefinition): TypeChange {
  const old = before.members ?? [];
  const next = after.members ?? [];
  const appendedOnly = next.length >= old.length && old.every((member, index) => next[index] === member);
  if (!appendedOnly) {
    return {
      kind: 'members-changed',
      reason: `${before.dataType} members removed, renamed or reordered (${describeType(before)} -> ${describeType(after)})`,
    };
  }
  if (next.length === old.length) {
    return { kind: 'same' };
  }
  const storage = (count: number): number => (before.dataType === 'ENUM' ? (count <= 255 ? 1 : 2) : setStorageBytes(count));
  if (storage(old.length) !== storage(next.length)) {
    return { kind: 'members-changed', reason: `${old.length} -> ${next.length} ${before.dataType} members changes its storage size` };
  }
  return { kind: 'members-appended' };
}

function varcharChange(before: ColumnDefinition, after: ColumnDefinition, charset: string): TypeChange {
  const from = before.length ?? 0;
  const to = after.length ?? 0;
  if (to === from) {
    return { kind: 'same' };
  }
  if (to < from) {
    return { kind: 'unsafe', reason: `narrowing ${describeType(before)} -> ${describeType(after)}` };
  }
  const effective = before.dataType === 'VARBINARY' ? 'binary' : charset;
  const fromBytes = lengthBytes(from, effective);
  const toBytes = lengthBytes(to, effective);
  if (fromBytes === undefined || toBytes === undefined) {
    return { kind: 'unsafe', reason: `unknown character set ${effective}: cannot tell whether the length bytes change` };
  }
  if (fromBytes !== toBytes) {
    return {
      kind: 'unsafe',
      reason: `${describeType(before)} -> ${describeType(after)} in ${effective} crosses 255 bytes (length prefix 1 -> 2 bytes)`,
    };
  }
  return { kind: 'varchar-widening' };
}

function typeChange(before: ColumnDefinition, after: ColumnDefinition, charset: string): TypeChange {
  if (before.dataType !== after.dataType) {
    const hint =
      INTEGER_TYPES.has(before.dataType) && after.dataType === 'BIGINT'
        ? " (and TypeORM's mysql driver returns BIGINT as a string, bigNumberStrings, breaking N-1 code that reads a number)"
        : '';
    return { kind: 'unsafe', reason: `data type ${describeType(before)} -> ${describeType(after)}${hint}` };
  }
  if (before.dataType === 'ENUM' || before.dataType === 'SET') {
    return membersChange(before, after);
  }
  if (before.unsigned !== after.unsigned) {
    return { kind: 'unsafe', reason: `signedness ${describeType(before)} -> ${describeType(after)}` };
  }
  if (before.dataType === 'VARCHAR' || before.dataType === 'VARBINARY') {
    return varcharChange(before, after, charset);
  }
  // An integer's display width, INT(11), is not part of its type.
  if (INTEGER_TYPES.has(before.dataType)) {
    return { kind: 'same' };
  }
  if (before.length !== after.length || before.scale !== after.scale) {
    return { kind: 'unsafe', reason: `length/precision ${describeType(before)} -> ${describeType(after)}` };
  }
  return { kind: 'same' };
}

/** `tableCharset`/`tableCollation`: the table default a MODIFY without CHARACTER SET falls back to. */
export function describeColumnChange(
  before: ColumnDefinition,
  after: ColumnDefinition,
  tableCharset: string | undefined,
  tableCollation: string | undefined,
): ColumnChange {
  const tableDefault = tableCharset ?? DEFAULT_CHARSET;
  const charsetBefore = before.charset ?? tableDefault;
  // MODIFY restates the whole column: leaving out CHARACTER SET means the table default,
  // so a column that had its own charset is silently converted.
  const charsetAfter = after.charset ?? tableDefault;
  const collationBefore = before.collation ?? (before.charset === undefined ? tableCollation : undefined);
  const collationAfter = after.collation ?? (after.charset === undefined ? tableCollation : undefined);
  let charset: string | undefined;
  if (STRING_TYPES.has(after.dataType) && STRING_TYPES.has(before.dataType)) {
    if (charsetBefore !== charsetAfter) {
      charset = `character set ${charsetBefore} -> ${charsetAfter}`;
    } else if (collationBefore !== collationAfter && collationAfter !== undefined) {
      charset = `collation ${collationBefore ?? 'default'} -> ${collationAfter}`;
    }
  }
  return {
    type: typeChange(before, after, charsetBefore),
    nullability: before.notNull === after.notNull ? 'same' : after.notNull ? 'tightened' : 'loosened',
    charset,
  };
}
