import mysql from 'mysql2/promise';
import type { SchemaColumn } from '../schema-compat.ts';

interface ColumnRow {
  TABLE_NAME: string;
  COLUMN_NAME: string;
  DATA_TYPE: string;
  COLUMN_TYPE: string;
  CHARACTER_MAXIMUM_LENGTH: number | string | null;
  DATETIME_PRECISION: number | string | null;
  IS_NULLABLE: 'YES' | 'NO';
  COLUMN_DEFAULT: string | null;
  EXTRA: string;
}

/** Every column of the database `url` names, as information_schema describes it. */
export async function readSchemaColumns(url: string): Promise<SchemaColumn[]> {
  const connection = await mysql.createConnection({ uri: url, connectTimeout: 5_000 });
  try {
    const [rows] = await connection.query(
      `SELECT TABLE_NAME, COLUMN_NAME, DATA_TYPE, COLUMN_TYPE, CHARACTER_MAXIMUM_LENGTH, DATETIME_PRECISION,
              IS_NULLABLE, COLUMN_DEFAULT, EXTRA
         FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() ORDER BY TABLE_NAME, ORDINAL_POSITION`,
    );
    return (rows as ColumnRow[]).map((row) => ({
      table: row.TABLE_NAME,
      name: row.COLUMN_NAME,
      dataType: row.DATA_TYPE.toLowerCase(),
      columnType: row.COLUMN_TYPE.toLowerCase(),
      maxLength: row.CHARACTER_MAXIMUM_LENGTH === null ? null : Number(row.CHARACTER_MAXIMUM_LENGTH),
      datetimePrecision: row.DATETIME_PRECISION === null ? null : Number(row.DATETIME_PRECISION),
      nullable: row.IS_NULLABLE === 'YES',
      // MariaDB reports "no default" of a NOT NULL column as NULL, and a nullable one's as 'NULL'.
      hasDefault: row.COLUMN_DEFAULT !== null,
      filledByServer: /auto_increment|generated/i.test(row.EXTRA),
    }));
  } finally {
    await connection.end();
  }
}

/** A stable text of the schema, to tell whether anything changed it between two reads. */
export function schemaFingerprint(columns: readonly SchemaColumn[]): string {
  return columns.map((column) => `${column.table}.${column.name} ${column.columnType} ${column.nullable ? 'null' : 'not null'}`).join('\n');
}
