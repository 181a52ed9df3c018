import { readdir, readFile } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';

function stateOf(stat: string): string {
  // The state follows the parenthesised command name, which may itself contain ')'.
  const end = stat.lastIndexOf(')');
  return stat.slice(end + 2, end + 3);
}

/**
 * A zombie still answers kill(pid, 0), so /proc is the test for "running". Every thread
 * counts: the main thread of a dying multi-threaded server (node, mariadbd) turns
 * zombie while other threads still hold its sockets, so its port is not free yet.
 */
export async function isAlive(pid: number): Promise<boolean> {
  const tids = await readdir(`/proc/${pid}/task`).catch(() => [String(pid)]);
  for (const tid of tids) {
    const stat = await readFile(`/proc/${pid}/task/${tid}/stat`, 'utf8').catch(() => '');
    const state = stat === '' ? '' : stateOf(stat);
    if (state !== '' && state !== 'Z' && state !== 'X') {
      return true;
    }
  }
  return false;
}

export async function readCmdline(pid: number): Promise<string | undefined> {
  try {
    const raw = await readFile(`/proc/${pid}/cmdline`, 'utf8');
    return raw.split('\0').filter(Boolean).join(' ');
  } catch {
    return undefined;
  }
}

/** undefined when unreadable (another user's process). */
export async function readEnviron(pid: number): Promise<string[] | undefined> {
  try {
    return (await readFile(`/proc/${pid}/environ`, 'utf8')).split('\0').filter(Boolean);
  } catch {
    return undefined;
  }
}

export async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!(await isAlive(pid))) {
      return true;
    }
    await sleep(25);
  }
  return !(await isAlive(pid));
}

export function signal(pid: number, name: NodeJS.Signals): void {
  try {
    process.kill(pid, name);
  } catch (error) {
    // Already gone between our check and the signal: that is what we wanted.
    if ((error as NodeJS.ErrnoException).code !== 'ESRCH') {
      throw error;
    }
  }
}
