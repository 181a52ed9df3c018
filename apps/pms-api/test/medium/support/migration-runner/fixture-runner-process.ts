import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import type { FixtureSetName } from './fixture-migrations';

const HOOK = resolve(import.meta.dirname, 'resolve-extensionless-typescript.ts');
const ENTRY = resolve(import.meta.dirname, 'run-fixture-migrations.ts');

export type LogEntry = Readonly<Record<string, unknown>> & { readonly message: string };

export interface FixtureRunner {
  readonly pid: number;
  /** The exit code, or null when a signal ended it; with the signal. */
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Every JSON log line so far. */
  logs(): LogEntry[];
  output(): string;
  /** Resolves with the first log line `matches` accepts (already printed or still to come). */
  waitForLog(what: string, matches: (entry: LogEntry) => boolean): Promise<LogEntry>;
  kill(signal: NodeJS.Signals): void;
}

/**
 * Runs the migrate.js command line over a fixture set in a child process (Node runs the
 * TypeScript sources directly), against `databaseUrl`.
 */
export function startFixtureRunner(set: FixtureSetName, flags: readonly string[], databaseUrl: string): FixtureRunner {
  const child = spawn(
    process.execPath,
    ['--experimental-transform-types', '--disable-warning=ExperimentalWarning', '--disable-warning=MODULE_TYPELESS_PACKAGE_JSON', '--import', HOOK, ENTRY, set, ...flags],
    {
      env: { PATH: process.env['PATH'] ?? '', PD_DB_PRIMARY_URL: databaseUrl, PD_LOG_FORMAT: 'json', PD_LOG_LEVEL: 'log', PD_RELEASE: 'fixture-release' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  const entries: LogEntry[] = [];
  const waiters: { what: string; matches: (entry: LogEntry) => boolean; done: (entry: LogEntry) => void }[] = [];
  let pending = '';
  const onData = (chunk: Buffer): void => {
    output += chunk.toString();
    pending += chunk.toString();
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) {
      if (!line.startsWith('{')) {
        continue;
      }
      const entry = JSON.parse(line) as LogEntry;
      entries.push(entry);
      for (const waiter of [...waiters]) {
        if (waiter.matches(entry)) {
          waiters.splice(waiters.indexOf(waiter), 1);
          waiter.done(entry);
        }
      }
    }
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) => {
    child.on('close', (code, signal) => {
      for (const waiter of waiters.splice(0)) {
        waiter.done({ message: `exited (${code ?? signal}) before logging: ${waiter.what}\n${output}` });
      }
      done({ code, signal });
    });
  });
  return {
    pid: child.pid ?? -1,
    exited,
    logs: () => [...entries],
    output: () => output,
    waitForLog: (what, matches) => {
      const seen = entries.find(matches);
      if (seen) {
        return Promise.resolve(seen);
      }
      return new Promise<LogEntry>((done, fail) => {
        waiters.push({
          what,
          matches,
          done: (entry) => (matches(entry) ? done(entry) : fail(new Error(entry.message))),
        });
      });
    },
    kill: (signal) => {
      child.kill(signal);
    },
  };
}
