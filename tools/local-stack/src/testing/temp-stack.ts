import { execFile } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig, type StackConfig } from '../config.ts';
import { canBind } from '../port-holder.ts';

/** A free block of 15 ports away from the developer's stack (28100-28114). */
export async function freePortBase(): Promise<number> {
  for (let attempt = 0; attempt < 50; attempt++) {
    // Below Linux's ephemeral range (32768-60999): a port there can be taken at any
    // moment by some outgoing connection's local end, between our check and our bind.
    const base = 12000 + Math.floor(Math.random() * 1500) * 10;
    const free = await Promise.all(Array.from({ length: 15 }, (_, i) => canBind(base + i)));
    if (free.every(Boolean)) {
      return base;
    }
  }
  throw new Error('no free block of ports found');
}

export type TempStackEnv = {
  PD_STACK_DIR: string;
  PD_PORT_BASE: string;
  PD_HUB_ENTRY: string;
};

export interface TempStack {
  env: TempStackEnv;
  config: StackConfig;
  cli: (...args: string[]) => Promise<{ code: number; stdout: string; stderr: string }>;
}

export async function createTempStack(): Promise<TempStack> {
  const env: TempStackEnv = {
    PD_STACK_DIR: await mkdtemp(join(tmpdir(), 'pd-stack-test-')),
    PD_PORT_BASE: String(await freePortBase()),
    PD_HUB_ENTRY: join(import.meta.dirname, 'fake-hub.ts'),
  };
  const config = loadConfig(env);
  // The developer's own PD_* exports must not point the CLI at the main stack.
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('PD_')));
  const cliPath = join(import.meta.dirname, '..', 'cli.ts');
  const cli: TempStack['cli'] = (...args) =>
    new Promise((resolvePromise) => {
      execFile(process.execPath, [cliPath, ...args], { env: { ...inherited, ...env } }, (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolvePromise({ code, stdout, stderr });
      });
    });
  return { env, config, cli };
}
