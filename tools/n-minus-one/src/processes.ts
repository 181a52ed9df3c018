import { readFileSync } from 'node:fs';
import { startInBackground } from '@pitchdesk/dev-tools/processes';

export interface RunOptions {
  readonly env: NodeJS.ProcessEnv;
  readonly cwd: string;
  /** The command's whole output goes here; errors quote its last lines. */
  readonly logFile: string;
  readonly timeoutMs: number;
}

/** Runs a command to its end with its output in a log file; resolves with its exit code. */
export async function runToEnd(step: string, command: string, args: readonly string[], options: RunOptions): Promise<number> {
  const child = startInBackground(step, command, args, options);
  const timer = setTimeout(() => void child.stop(2_000), options.timeoutMs);
  const code = await new Promise<number>((resolve) => {
    child.child.once('error', () => resolve(127));
    child.child.once('close', (exitCode: number | null, signal: NodeJS.Signals | null) => resolve(exitCode ?? (signal ? 1 : 0)));
  });
  clearTimeout(timer);
  return code;
}

export function logTail(logFile: string, lines = 20): string {
  try {
    return readFileSync(logFile, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

/** runToEnd, throwing with the log's end unless the exit code is 0. */
export async function runOrThrow(step: string, command: string, args: readonly string[], options: RunOptions): Promise<void> {
  const code = await runToEnd(step, command, args, options);
  if (code !== 0) {
    throw new Error(`${step} failed (exit code ${code}); ${options.logFile} ends with:\n${logTail(options.logFile)}`);
  }
}

/**
 * The environment for a child that is a whole other run of our tooling: without the
 * variables of the run that started it (an outer Nx task's, an outer Vitest's, the test
 * command's report folder), which would make the child report into the outer run.
 */
export function isolatedEnv(base: NodeJS.ProcessEnv, extra: Readonly<Record<string, string>> = {}): NodeJS.ProcessEnv {
  const kept = Object.entries(base).filter(
    ([key]) => !key.startsWith('NX_') && !key.startsWith('VITEST') && !['PD_REPORT_DIR', 'PD_TEST_DB_PREFIX', 'NODE_OPTIONS', 'TEST', 'VITE_USER_NODE_ENV'].includes(key),
  );
  return { ...Object.fromEntries(kept), NX_DAEMON: 'false', NX_NO_CLOUD: 'true', FORCE_COLOR: '0', ...extra };
}
