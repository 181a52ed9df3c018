import { spawn } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { isAlive, readCmdline, readEnviron, signal, waitForExit } from './proc.ts';

/**
 * Every process we start carries this variable. It survives pid reuse checks that a
 * command line cannot: two stacks (main and a test one) run the same binaries.
 */
export const OWNER_VARIABLE = 'PD_STACK_OWNER';

export function ownerTag(stackDir: string, service: string): string {
  return `${stackDir}#${service}`;
}

export interface LaunchSpec {
  command: string;
  args: string[];
  env: Record<string, string>;
  cwd: string;
  logFile: string;
  owner: string;
}

/** Starts a process that outlives us; the pid returned is the server's own (no shell, no npx). */
export async function launch(spec: LaunchSpec): Promise<number> {
  const log = openSync(spec.logFile, 'a');
  try {
    const child = spawn(spec.command, spec.args, {
      cwd: spec.cwd,
      env: { ...spec.env, [OWNER_VARIABLE]: spec.owner },
      detached: true,
      stdio: ['ignore', log, log],
    });
    await new Promise<void>((resolvePromise, reject) => {
      child.once('spawn', resolvePromise);
      child.once('error', reject);
    });
    child.unref();
    if (child.pid === undefined) {
      throw new Error(`${spec.command} did not start`);
    }
    return child.pid;
  } finally {
    closeSync(log);
  }
}

/**
 * True only for a live process we started for this stack and service. Falls back to the
 * command line when the environment is unreadable (a process of another user is not ours).
 */
export async function isOurs(pid: number, owner: string, commandHint: string): Promise<boolean> {
  if (!(await isAlive(pid))) {
    return false;
  }
  const environ = await readEnviron(pid);
  if (environ) {
    return environ.includes(`${OWNER_VARIABLE}=${owner}`);
  }
  return (await readCmdline(pid))?.includes(commandHint) ?? false;
}

export async function readPidFile(file: string): Promise<number | undefined> {
  try {
    const pid = Number((await readFile(file, 'utf8')).trim());
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

export async function writePidFile(file: string, pid: number): Promise<void> {
  await writeFile(file, `${pid}\n`);
}

export async function removePidFile(file: string): Promise<void> {
  await rm(file, { force: true });
}

/** SIGTERM, then SIGKILL if it will not go; MariaDB needs a few seconds to shut down cleanly. */
export async function terminate(pid: number, graceMs: number): Promise<'stopped' | 'killed'> {
  signal(pid, 'SIGTERM');
  if (await waitForExit(pid, graceMs)) {
    return 'stopped';
  }
  signal(pid, 'SIGKILL');
  await waitForExit(pid, 5_000);
  return 'killed';
}
