import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { createWriteStream, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

export interface Background {
  readonly name: string;
  readonly child: ChildProcess;
  readonly logFile: string;
  /** SIGTERM to its process group, SIGKILL after `graceMs`; resolves once it has exited. */
  stop(graceMs?: number): Promise<void>;
}

/**
 * Starts a long-running process with its output in a log file. It is put in its own
 * process group so that stop() also ends what it spawned (nx starts ng, ng starts esbuild).
 */
export function startInBackground(
  name: string,
  command: string,
  args: readonly string[],
  options: { env: NodeJS.ProcessEnv; logFile: string; cwd: string },
): Background {
  mkdirSync(dirname(options.logFile), { recursive: true });
  const log = createWriteStream(options.logFile, { flags: 'w' });
  const child = spawn(command, args, { cwd: options.cwd, env: options.env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    name,
    child,
    logFile: options.logFile,
    async stop(graceMs = 15_000): Promise<void> {
      if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) {
        return;
      }
      killGroup(child.pid, 'SIGTERM');
      const forced = setTimeout(() => killGroup(child.pid ?? 0, 'SIGKILL'), graceMs);
      await exited;
      clearTimeout(forced);
    },
  };
}

function killGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // Already gone.
  }
}

/** Resolves when `url` answers 2xx; rejects with the log hint on timeout or exit. */
export async function waitForUrl(url: string, timeoutMs: number, process: Background): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (process.child.exitCode !== null) {
      throw new Error(`${process.name} exited with code ${process.child.exitCode}; see ${process.logFile}`);
    }
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      await response.arrayBuffer();
      if (response.ok) {
        return;
      }
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${process.name} did not answer at ${url} within ${timeoutMs / 1000} s; see ${process.logFile}`);
}

/** Runs a command in the foreground with inherited output; resolves with its exit code. */
export function runVisible(command: string, args: readonly string[], env: NodeJS.ProcessEnv, cwd: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env, stdio: 'inherit' });
    child.once('error', reject);
    child.once('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}
