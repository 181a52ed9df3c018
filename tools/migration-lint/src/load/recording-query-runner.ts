import { pathToFileURL } from 'node:url';
import { getCallSites } from 'node:util';
import type { GuardAnswer } from '../recorded.ts';
import { isMetadataProbe, parseSql } from '../sql/parse-sql.ts';
import type { RunCall } from './merge-runs.ts';

// Why run up() instead of reading the TypeScript: what the linter checks is then exactly
// what the runner would send, including SQL built by helpers, loops and guards in other
// files, with no second interpreter of TypeScript to drift from the real one. The price:
// up() must run against this fake, so guards get canned answers. Each migration runs
// twice, once with every information_schema lookup answered "absent" (a fresh database:
// every CREATE/ADD runs) and once "present" (a rerun: every DROP-if-exists runs); what
// runs only under one answer is guarded, what runs under both is not. Every other query
// is answered with no rows.

/** More calls than this in one up() means a loop driven by data: not a schema migration. */
const MAX_CALLS = 500;

export interface RecordingQueryRunner {
  readonly runner: object;
  readonly calls: readonly RunCall[];
}

function lineIn(fileUrl: string): number {
  const site = getCallSites(64).find((candidate) => candidate.scriptName === fileUrl);
  return site?.lineNumber ?? 0;
}

export function createRecordingQueryRunner(migrationFile: string, answer: GuardAnswer): RecordingQueryRunner {
  const fileUrl = pathToFileURL(migrationFile).href;
  const calls: RunCall[] = [];
  const probedNames: string[] = [];
  const record = (call: Omit<RunCall, 'probedNames' | 'line'>): void => {
    if (calls.length >= MAX_CALLS) {
      throw new Error(`more than ${MAX_CALLS} queries in one up(): a loop driven by data belongs in a job`);
    }
    calls.push({ ...call, line: lineIn(fileUrl), probedNames: [...probedNames] });
  };
  const query = async (sql: unknown, params?: unknown): Promise<unknown> => {
    const parameters = Array.isArray(params) ? params : [];
    record({ method: 'query', sql: typeof sql === 'string' ? sql : undefined, params: parameters });
    if (typeof sql === 'string' && isMetadataProbe(sql)) {
      const outcome = parseSql(sql);
      const literals = outcome.ok ? outcome.statements.flatMap((parsed) => parsed.literals) : [];
      probedNames.push(...parameters.filter((value): value is string => typeof value === 'string'), ...literals);
      return answer === 'present' ? [{ 1: 1 }] : [];
    }
    return [];
  };
  // Any other QueryRunner member is a schema helper (addColumn, changeColumn, ...): it is
  // recorded so a rule can refuse it, and does nothing. `then` stays undefined so that
  // awaiting the runner itself does not treat it as a promise.
  const runner = new Proxy(
    {},
    {
      get(_target, property) {
        if (property === 'query') {
          return query;
        }
        if (typeof property === 'symbol' || property === 'then') {
          return undefined;
        }
        return async (...args: unknown[]): Promise<undefined> => {
          record({ method: property, sql: undefined, params: args });
          return undefined;
        };
      },
    },
  );
  return { runner, calls };
}
