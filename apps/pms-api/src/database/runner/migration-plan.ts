import { createHash } from 'node:crypto';
import type { MigrationInterface, QueryRunner } from 'typeorm';
import type { MigrationPhase } from '../migration-phase';
import { isRead, singleStatement } from './sql-statement';
import type { RunnerStatement } from './sql-statement';
import { gateRefusals } from './statement-gate';

// A migration's plan is what its up() sends, recorded without a database: up() runs
// against a fake QueryRunner twice, once with every information_schema guard answered
// "absent" (a fresh schema: every CREATE/ADD runs) and once "present" (an up-to-date
// schema: every DROP-if-exists runs), the way tools/migration-lint records it. So the
// gate sees every statement before the first one runs, the dry run can print them, and
// the checksum covers exactly what the migration does to a schema.

export type MigrationClass = new () => MigrationInterface;

export interface PlannedStep {
  /** 1-based position in the plan: the journal's step number. */
  readonly stepNo: number;
  readonly sql: string;
  readonly params: readonly unknown[];
  readonly sha256: string;
  /** Sent under one guard answer only: on a real run it depends on the schema. */
  readonly conditional: boolean;
  readonly statement: RunnerStatement | undefined;
}

export interface MigrationPlan {
  readonly Migration: MigrationClass;
  readonly name: string;
  /** The 13-digit timestamp ending the name, as TypeORM's schema_migrations stores it. */
  readonly timestamp: number;
  readonly phase: MigrationPhase | undefined;
  readonly steps: readonly PlannedStep[];
  /** sha256 of the phase and every step; an applied migration must keep it (DRIFT). */
  readonly checksum: string;
  /** Why the runner will not run it: structure (no phase, helpers) and gate refusals. */
  readonly refusals: readonly string[];
}

type GuardAnswer = 'absent' | 'present';
interface RecordedCall {
  readonly sql: string;
  readonly params: readonly unknown[];
}
interface Recording {
  readonly calls: readonly RecordedCall[];
  readonly problems: readonly string[];
}

/** up() that has not finished after this long waits for something that is not SQL. */
const UP_TIMEOUT_MS = 10_000;

export function statementSha256(sql: string, params: readonly unknown[]): string {
  return createHash('sha256').update(params.length === 0 ? sql : `${sql}\u0000${JSON.stringify(params)}`).digest('hex');
}

async function withTimeout(work: Promise<void>): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`up() did not finish within ${UP_TIMEOUT_MS / 1000} s`)), UP_TIMEOUT_MS);
  });
  try {
    await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

async function recordUp(Migration: MigrationClass, answer: GuardAnswer): Promise<Recording> {
  const calls: RecordedCall[] = [];
  const problems: string[] = [];
  const query = (sql: unknown, params?: unknown): Promise<unknown> => {
    if (typeof sql !== 'string') {
      problems.push('query() was called with something other than an SQL string');
      return Promise.resolve([]);
    }
    const parameters = Array.isArray(params) ? [...(params as unknown[])] : [];
    if (isRead(sql)) {
      const metadata = singleStatement(sql)?.kind === 'metadata-read';
      return Promise.resolve(metadata && answer === 'present' ? [{ 1: 1 }] : []);
    }
    calls.push({ sql, params: parameters });
    return Promise.resolve([]);
  };
  // Any other member is a schema helper (addColumn, ...): its SQL is generated out of
  // sight, so neither the gate nor the journal could see it. `then` stays undefined so
  // that awaiting the runner does not treat it as a promise.
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
        return () => {
          problems.push(`uses QueryRunner.${property}(): write the SQL with queryRunner.query() so the runner can check and journal it`);
          return Promise.resolve(undefined);
        };
      },
    },
  );
  try {
    await withTimeout(new Migration().up(runner as QueryRunner));
  } catch (error) {
    problems.push(`up() failed while being planned: ${error instanceof Error ? error.message : String(error)}`);
  }
  return { calls, problems };
}

/** Calls of both recordings in order: first the "absent" run's, then what only "present" sent. */
function mergeRecordings(absent: readonly RecordedCall[], present: readonly RecordedCall[]): PlannedStep[] {
  const keyed = (calls: readonly RecordedCall[]) => {
    const seen = new Map<string, number>();
    return calls.map((call) => {
      const sha256 = statementSha256(call.sql, call.params);
      const nth = (seen.get(sha256) ?? 0) + 1;
      seen.set(sha256, nth);
      return { call, sha256, key: `${sha256}#${nth}` };
    });
  };
  const presentKeys = new Set(keyed(present).map((entry) => entry.key));
  const absentKeys = new Set(keyed(absent).map((entry) => entry.key));
  const ordered = [
    ...keyed(absent).map((entry) => ({ ...entry, conditional: !presentKeys.has(entry.key) })),
    ...keyed(present)
      .filter((entry) => !absentKeys.has(entry.key))
      .map((entry) => ({ ...entry, conditional: true })),
  ];
  return ordered.map(({ call, sha256, conditional }, index) => {
    return { stepNo: index + 1, sql: call.sql, params: call.params, sha256, conditional, statement: singleStatement(call.sql) };
  });
}

function phaseOf(instance: MigrationInterface): MigrationPhase | undefined {
  const phase = (instance as { phase?: unknown }).phase;
  return phase === 'expand' || phase === 'contract' ? phase : undefined;
}

export async function planMigration(Migration: MigrationClass): Promise<MigrationPlan> {
  const instance = new Migration();
  const name = instance.name ?? Migration.name;
  const phase = phaseOf(instance);
  const timestamp = Number(/(\d{13})$/.exec(name)?.[1] ?? Number.NaN);
  const absent = await recordUp(Migration, 'absent');
  const present = await recordUp(Migration, 'present');
  const steps = mergeRecordings(absent.calls, present.calls);
  const refusals = [...new Set([...absent.problems, ...present.problems])];
  if (phase === undefined) {
    refusals.unshift("declares no phase: add readonly phase = 'expand' or 'contract'");
  } else {
    for (const step of steps) {
      gateRefusals(step.sql, phase).forEach((reason) => refusals.push(`step ${step.stepNo}: ${reason}`));
    }
  }
  if (Number.isNaN(timestamp)) {
    refusals.unshift(`name ${name} does not end with a 13-digit timestamp (npm run migration:new writes one)`);
  }
  const checksum = createHash('sha256')
    .update(JSON.stringify({ phase: phase ?? null, steps: steps.map((step) => [step.sql, step.params]) }))
    .digest('hex');
  return { Migration, name, timestamp, phase, steps, checksum, refusals };
}
