import mysqlGrammar from 'node-sql-parser/build/mysql.js';
import { stringLiterals } from './ast-reader.ts';
import { readStatement } from './read-statement.ts';
import type { Statement } from './statement.ts';

// The MySQL grammar, not MariaDB's: production is Aurora MySQL 3 (MySQL 8.0), and a
// migration must be valid there even though the local stack runs MariaDB.
const parser = new mysqlGrammar.Parser();

export interface ParsedStatement {
  readonly statement: Statement;
  /** String literals in the statement (a guard query names what it looks up this way). */
  readonly literals: readonly string[];
}

export type ParseOutcome =
  | { readonly ok: true; readonly statements: readonly ParsedStatement[] }
  | { readonly ok: false; readonly error: string };

const cache = new Map<string, ParseOutcome>();

export function parseSql(sql: string): ParseOutcome {
  const cached = cache.get(sql);
  if (cached) {
    return cached;
  }
  let outcome: ParseOutcome;
  try {
    const ast: unknown = parser.astify(sql, { database: 'MySQL' });
    const nodes = (Array.isArray(ast) ? ast : [ast]).filter((node) => node !== null && node !== undefined);
    outcome = { ok: true, statements: nodes.map((node) => ({ statement: readStatement(node), literals: stringLiterals(node) })) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    outcome = { ok: false, error: message.split('\n')[0]?.slice(0, 160) ?? 'parse error' };
  }
  cache.set(sql, outcome);
  return outcome;
}

/** SELECT/SHOW on metadata only: what an idempotency guard asks before a DDL. */
export function isMetadataProbe(sql: string): boolean {
  const outcome = parseSql(sql);
  return outcome.ok && outcome.statements.length === 1 && outcome.statements[0]?.statement.kind === 'metadata-read';
}
