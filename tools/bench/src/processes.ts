import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { createWriteStream, mkdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname } from 'node:path';

export interface Background {
  readonly name: string;
  readonly child: ChildProcess;
  readonly logFile: string;
  /** SIGTERM, then SIGKILL after `graceMs`; resolves once the process has exited. */
  stop(graceMs?: number): Promise<void>;
}

/** A process the bench started, with its output in a log file; stopped by its own pid only. */
export function startInBackground(
  name: string,
  command: string,
  args: readonly string[],
  options: { env: NodeJS.ProcessEnv; cwd: string; logFile: string },
): Background {
  mkdirSync(dirname(options.logFile), { recursive: true });
  const log = createWriteStream(options.logFile, { flags: 'w' });
  const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  const exited = new Promise<void>((resolve) => {
    if (child.exitCode !== null) {
      resolve();
    }
    child.once('exit', () => resolve());
    child.once('error', () => resolve());
  });
  return {
    name,
    child,
    logFile: options.logFile,
    async stop(graceMs = 10_000): Promise<void> {
      if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) {
        return;
      }
      child.kill('SIGTERM');
      const forced = setTimeout(() => child.kill('SIGKILL'), graceMs);
      await exited;
      clearTimeout(forced);
    },
  };
}

/** Resolves when `url` answers 200; rejects when the process exits or the time is up. */
export async function waitForUrl(url: string, timeoutMs: number, process: Background): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (process.child.exitCode !== null) {
      throw new Error(`${process.name} exited with code ${process.child.exitCode}; see ${process.logFile}`);
    }
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      await response.arrayBuffer();
      if (response.status === 200) {
        return;
      }
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${process.name} did not answer 200 at ${url} within ${timeoutMs / 1000} s; see ${process.logFile}`);
}

/**
 * Runs a command to completion with its output in a log file (a bench table should not
 * drown in build output); on failure the error carries the log's last lines.
 */
export async function runLogged(
  step: string,
  command: string,
  args: readonly string[],
  options: { env: NodeJS.ProcessEnv; cwd: string; logFile: string; timeoutMs: number },
): Promise<void> {
  const process = startInBackground(step, command, args, options);
  const timer = setTimeout(() => void process.stop(2_000), options.timeoutMs);
  const code = await new Promise<number>((resolve) => {
    process.child.once('error', () => resolve(127));
    process.child.once('close', (exitCode, signal) => resolve(exitCode ?? (signal ? 1 : 0)));
  });
  clearTimeout(timer);
  if (code !== 0) {
    const tail = readFileSync(options.logFile, 'utf8').trimEnd().split('\n').slice(-15).join('\n');
    throw new Error(`${step} failed (exit code ${code}); ${options.logFile} ends with:\n${tail}`);
  }
}

/** A port that was free a moment ago on 127.0.0.1 (the OS picks it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => (port > 0 ? resolve(port) : reject(new Error('no free port'))));
    });
  });
}
