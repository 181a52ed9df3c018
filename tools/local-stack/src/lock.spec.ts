import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { loadConfig, type StackConfig } from './config.ts';
import { lockPath, withStackLock } from './lock.ts';

let config: StackConfig;
let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pd-lock-'));
  config = loadConfig({ PD_STACK_DIR: join(dir, 'stack') });
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('withStackLock', () => {
  it('runs one holder at a time and releases the lock afterwards', async () => {
    const events: string[] = [];
    const holder = (name: string) => async (): Promise<void> => {
      events.push(`${name} in`);
      await sleep(60);
      events.push(`${name} out`);
    };
    await Promise.all([withStackLock(config, holder('a')), withStackLock(config, holder('b'))]);
    // Either may go first; neither may enter while the other is inside.
    expect([['a in', 'a out', 'b in', 'b out'], ['b in', 'b out', 'a in', 'a out']]).toContainEqual(events);
    expect(existsSync(lockPath(config))).toBe(false);
  });

  it('releases the lock when the work fails', async () => {
    await expect(withStackLock(config, () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(existsSync(lockPath(config))).toBe(false);
  });

  it('takes over a lock left by a process that died', async () => {
    const dead = spawnSync('true').pid;
    await writeFile(lockPath(config), `${dead}\n`);
    expect(await withStackLock(config, () => Promise.resolve('ran'))).toBe('ran');
  });
});
