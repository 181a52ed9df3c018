import type { LintCase } from './lint-case.ts';

/** A rule's violating form and its safe alternative, as the rules spec runs them. */
export interface RuleCase {
  readonly rule: string;
  readonly name: string;
  readonly bad: LintCase;
  /** The safe alternative: must pass the whole linter, not just this rule. */
  readonly good: LintCase;
  /** Text the message must contain: the safe alternative it points to. */
  readonly mentions: string;
}

/** An existing table, created by an earlier migration, that most cases alter. */
export const RESERVATIONS = `CREATE TABLE IF NOT EXISTS reservations (
  id CHAR(36) NOT NULL PRIMARY KEY,
  status VARCHAR(16) NOT NULL,
  note VARCHAR(60) NULL,
  title VARCHAR(100) NOT NULL,
  code CHAR(8) NOT NULL,
  total INT NOT NULL,
  kind ENUM('a','b') NOT NULL DEFAULT 'a',
  ascii_ref VARCHAR(32) CHARACTER SET ascii NULL,
  legacy_flag TINYINT NULL,
  KEY ix_reservations_status (status)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`;

export const LEGACY_QUOTES = `CREATE TABLE IF NOT EXISTS legacy_quotes (
  id CHAR(36) NOT NULL PRIMARY KEY
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`;

export const TABLE_OPTIONS = 'ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci';

/** A new table, complete and clean. */
export function newTable(name: string, body: string): string {
  return `CREATE TABLE IF NOT EXISTS ${name} (\n  id CHAR(36) NOT NULL PRIMARY KEY,\n  ${body}\n) ${TABLE_OPTIONS}`;
}

export function deployedManifest(entries: Record<string, unknown>): Record<string, unknown> {
  return { release: '2026.6.0', status: 'deployed', deployedAt: '2026-06-20', ...entries };
}

export function pendingManifest(entries: Record<string, unknown>): Record<string, unknown> {
  return { release: '2026.7.0', status: 'pending', ...entries };
}
