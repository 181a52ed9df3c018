import { link, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { StackConfig } from './config.ts';
import { isAlive } from './proc.ts';

const LOCK_TIMEOUT_MS = 120_000;

/** Beside the data folder, not in it: `reset` deletes the folder while holding the lock. */
export function lockPath(config: StackConfig): string {
  return `${config.stackDir}.lock`;
}

async function tryAcquire(file: string): Promise<boolean> {
  // Write the pid first, then link: the lock never exists without its holder's pid, so a
  // waiter cannot mistake a half-written lock for a stale one.
  const draft = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}`;
  await writeFile(draft, `${process.pid}\n`);
  try {
    await link(draft, file);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
      throw error;
    }
  } finally {
    await rm(draft, { force: true });
  }
  const text = await readFile(file, 'utf8').catch(() => undefined);
  if (text === undefined) {
    return false; // released meanwhile: try again
  }
  const holder = Number(text.trim());
  // A holder that died (killed test run, Ctrl-C) must not block every later command.
  if (!Number.isInteger(holder) || holder <= 0 || !(await isAlive(holder))) {
    await rm(file, { force: true });
  }
  return false;
}

/**
 * Serialises start/stop/reset on one stack: two parallel test workers or two terminals
 * would otherwise both find a service down and race to start it on the same port.
 */
export async function withStackLock<T>(config: StackConfig, work: () => Promise<T>): Promise<T> {
  const file = lockPath(config);
  await mkdir(dirname(file), { recursive: true });
  const deadline = Date.now() + LOCK_TIMEOUT_MS;
  while (!(await tryAcquire(file))) {
    if (Date.now() > deadline) {
      const holder = (await readFile(file, 'utf8').catch(() => '?')).trim();
      throw new Error(`another local-stack command (pid ${holder}) still holds ${file}`);
    }
    await sleep(50);
  }
  try {
    return await work();
  } finally {
    await rm(file, { force: true });
  }
}
