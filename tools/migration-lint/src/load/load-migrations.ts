import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { GuardAnswer, MigrationIndex, RecordedMigration } from '../recorded.ts';
import { mergeRuns } from './merge-runs.ts';
import type { RunCall } from './merge-runs.ts';
import { createRecordingQueryRunner } from './recording-query-runner.ts';
import { resolveExtensionlessTypeScript } from './typescript-resolution.ts';

/** up() that has not finished after this long is waiting on something that is not SQL. */
const UP_TIMEOUT_MS = 10_000;

interface MigrationInstance {
  readonly name?: unknown;
  readonly phase?: unknown;
  readonly transaction?: unknown;
  readonly up?: unknown;
  readonly down?: unknown;
}

type MigrationClass = new () => MigrationInstance;

function isMigrationClass(value: unknown): value is MigrationClass {
  if (typeof value !== 'function') {
    return false;
  }
  const prototype: unknown = value.prototype;
  return typeof prototype === 'object' && prototype !== null && typeof (prototype as { up?: unknown }).up === 'function';
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Line of the deepest frame of `error` in the migration file (0 when it never got there). */
function errorLine(error: unknown, file: string): number {
  const stack = error instanceof Error ? (error.stack ?? '') : '';
  const url = pathToFileURL(file).href;
  for (const frame of stack.split('\n')) {
    const at = frame.indexOf(`${url}:`);
    if (at >= 0) {
      return Number(frame.slice(at + url.length + 1).split(':')[0]) || 0;
    }
  }
  return 0;
}

async function withTimeout<T>(work: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not finish within ${UP_TIMEOUT_MS / 1000} s`)), UP_TIMEOUT_MS);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

interface Run {
  readonly calls: readonly RunCall[];
  /** What up() threw, if it did; the calls before it are kept. */
  readonly error: unknown;
}

async function runUp(Migration: MigrationClass, file: string, answer: GuardAnswer): Promise<Run> {
  const recording = createRecordingQueryRunner(file, answer);
  try {
    const instance = new Migration();
    if (typeof instance.up === 'function') {
      await withTimeout(Promise.resolve(instance.up.call(instance, recording.runner)), 'up()');
    }
    return { calls: recording.calls, error: undefined };
  } catch (error) {
    return { calls: recording.calls, error: error ?? new Error('up() threw') };
  }
}

/** Imports one migration file and records what its up() sends, under both guard answers. */
export async function recordMigration(file: string): Promise<{ recorded: RecordedMigration; classes: readonly MigrationClass[] }> {
  resolveExtensionlessTypeScript();
  const source = readFileSync(file, 'utf8');
  const empty = { file, source, classNames: [], name: undefined, phase: undefined, transaction: undefined, hasDown: false, calls: [] };
  let exports: Record<string, unknown>;
  try {
    exports = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
  } catch (error) {
    return {
      recorded: { ...empty, failure: { message: `import failed: ${errorMessage(error)}`, line: errorLine(error, file) || 1 } },
      classes: [],
    };
  }
  const classes = Object.values(exports).filter(isMigrationClass);
  const Migration = classes[0];
  if (!Migration) {
    return { recorded: { ...empty, failure: undefined }, classes };
  }
  const instance = new Migration();
  const facts = {
    classNames: classes.map((candidate) => candidate.name),
    name: instance.name,
    phase: instance.phase,
    transaction: instance.transaction,
    hasDown: typeof instance.down === 'function',
  };
  const absent = await runUp(Migration, file, 'absent');
  // Both runs even after a failure: a step recorded by both is unconditional, which is
  // what PD062 needs to know about the steps before the failure.
  const present = await runUp(Migration, file, 'present');
  const error = absent.error ?? present.error;
  // Even when up() fails, the steps recorded before the failure are still checked.
  const failure = error === undefined ? undefined : { message: errorMessage(error), line: errorLine(error, file) || 1 };
  return { recorded: { file, source, ...facts, calls: mergeRuns(absent.calls, present.calls), failure }, classes };
}

/** Imports migrations/index.ts and maps each MIGRATIONS entry to the file its class came from. */
export async function readMigrationIndex(file: string, classFiles: ReadonlyMap<unknown, string>): Promise<MigrationIndex> {
  resolveExtensionlessTypeScript();
  const source = readFileSync(file, 'utf8');
  try {
    const exports = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
    const list = exports['MIGRATIONS'];
    if (!Array.isArray(list)) {
      return { file, source, entries: [], failure: 'exports no MIGRATIONS array' };
    }
    return { file, source, entries: list.map((entry: unknown) => classFiles.get(entry)), failure: undefined };
  } catch (error) {
    return { file, source, entries: [], failure: `import failed: ${errorMessage(error)}` };
  }
}
