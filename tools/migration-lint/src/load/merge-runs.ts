import type { GuardAnswer, RecordedCall } from '../recorded.ts';

/** One call as a single run of up() saw it. */
export interface RunCall {
  readonly method: string;
  readonly sql: string | undefined;
  readonly params: readonly unknown[];
  readonly line: number;
  readonly probedNames: readonly string[];
}

interface Entry {
  readonly key: string;
  readonly call: RunCall;
  readonly answers: Set<GuardAnswer>;
  readonly probedNames: Set<string>;
}

/** Identifies "the same call" across runs: same place, same SQL, same repetition. */
function keyed(run: readonly RunCall[]): { key: string; call: RunCall }[] {
  const seen = new Map<string, number>();
  return run.map((call) => {
    const base = `${call.line}\u0000${call.method}\u0000${call.sql ?? ''}`;
    const nth = (seen.get(base) ?? 0) + 1;
    seen.set(base, nth);
    return { key: `${base}\u0000${nth}`, call };
  });
}

/**
 * Merges the run with guards answered "absent" and the run with them answered "present"
 * into one sequence that keeps both runs' order: a call only the second run made is placed
 * after the last call both runs made before it.
 */
export function mergeRuns(absent: readonly RunCall[], present: readonly RunCall[]): RecordedCall[] {
  const merged: Entry[] = keyed(absent).map(({ key, call }) => ({
    key,
    call,
    answers: new Set(['absent']),
    probedNames: new Set(call.probedNames),
  }));
  const byKey = new Map(merged.map((entry) => [entry.key, entry]));
  let insertAt = 0;
  for (const { key, call } of keyed(present)) {
    const existing = byKey.get(key);
    if (existing) {
      existing.answers.add('present');
      call.probedNames.forEach((name) => existing.probedNames.add(name));
      insertAt = merged.indexOf(existing) + 1;
      continue;
    }
    const entry: Entry = { key, call, answers: new Set(['present']), probedNames: new Set(call.probedNames) };
    merged.splice(insertAt, 0, entry);
    byKey.set(key, entry);
    insertAt += 1;
  }
  return merged.map(({ call, answers, probedNames }) => ({
    method: call.method,
    sql: call.sql,
    params: call.params,
    line: call.line,
    answers: [...answers],
    probedNames: [...probedNames],
  }));
}
