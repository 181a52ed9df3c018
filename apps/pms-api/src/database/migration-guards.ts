import type { QueryRunner } from 'typeorm';

// Guards that make a migration step safe to run again after a crash half way: MySQL DDL
// is not transactional, so a rerun must skip what the killed run already did.

export async function columnExists(runner: QueryRunner, table: string, column: string): Promise<boolean> {
  const rows = (await runner.query(
    'SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ? AND COLUMN_NAME = ?',
    [table, column],
  )) as unknown[];
  return rows.length > 0;
}

export async function indexExists(runner: QueryRunner, table: string, index: string): Promise<boolean> {
  const rows = (await runner.query(
    'SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ? AND INDEX_NAME = ?',
    [table, index],
  )) as unknown[];
  return rows.length > 0;
}
