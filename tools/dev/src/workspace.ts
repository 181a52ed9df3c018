import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const WORKSPACE_ROOT = resolve(import.meta.dirname, '../../..');
export const RUN_DIR = resolve(WORKSPACE_ROOT, '.local/run');
export const STACK_ENV_FILE = resolve(WORKSPACE_ROOT, '.local/stack/stack.env');

/** The local stack's variables (written by `tools/local-stack start`), over the caller's environment. */
export function environmentWithStack(base: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const stackEnv: Record<string, string> = {};
  for (const line of readFileSync(STACK_ENV_FILE, 'utf8').split('\n')) {
    const match = /^([A-Z0-9_]+)=(.*)$/.exec(line.trim());
    if (match?.[1] !== undefined && match[2] !== undefined) {
      stackEnv[match[1]] = match[2];
    }
  }
  // Nx's daemon would outlive the command and keep state between runs; not wanted here.
  return { ...base, ...stackEnv, NX_DAEMON: 'false', NX_NO_CLOUD: 'true' };
}
