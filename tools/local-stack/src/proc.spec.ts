import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { isAlive, readCmdline, readEnviron, waitForExit } from './proc.ts';

describe('process inspection through /proc', () => {
  it('sees a live process, its command line and environment, then its end', async () => {
    const child = spawn('sleep', ['30'], { env: { PD_PROBE: 'yes' }, stdio: 'ignore' });
    await once(child, 'spawn');
    const pid = Number(child.pid);
    expect(await isAlive(pid)).toBe(true);
    expect(await readCmdline(pid)).toBe('sleep 30');
    expect(await readEnviron(pid)).toContain('PD_PROBE=yes');
    child.kill('SIGTERM');
    expect(await waitForExit(pid, 2_000)).toBe(true);
    expect(await isAlive(pid)).toBe(false);
  });

  it('reports a pid that does not exist as not alive', async () => {
    expect(await isAlive(2 ** 22 + 1)).toBe(false);
    expect(await readCmdline(2 ** 22 + 1)).toBeUndefined();
  });
});
