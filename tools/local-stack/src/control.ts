/**
 * Control of a running local stack for integration tests elsewhere (API health while a
 * dependency is down, stale reads while replication is stopped). Every function works
 * on the stack that PD_STACK_DIR / the PD_*_PORT variables select, like the CLI, unless
 * a config is passed.
 */
import { readFile } from 'node:fs/promises';
import { loadConfig, stackPaths, type ServiceName, type StackConfig } from './config.ts';
import { parseEnvFile } from './env-file.ts';
import { withStackLock } from './lock.ts';
import { setReplication, waitForCatchUp } from './mariadb.ts';
import type { StopOutcome } from './runner.ts';
import { readSecretsIfAny } from './secrets.ts';
export { ensurePackages } from './packages.ts';
import { prepareStackDir, startServices, stopServices } from './stack.ts';

export type { ServiceName, StackConfig } from './config.ts';
export { loadConfig } from './config.ts';

/** The variables `start` wrote to stack.env (PD_DB_PRIMARY_URL, PD_DB_REPLICA_ADMIN_SOCKET, ...). */
export async function readStackEnv(config: StackConfig = loadConfig()): Promise<Record<string, string>> {
  const file = stackPaths(config).envFile;
  try {
    return parseEnvFile(await readFile(file, 'utf8'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new Error(`${file} not found: start the stack first (npm run stack:start)`);
    }
    throw error;
  }
}

/** Stops one service this stack started; resolves once the process has exited. */
export async function stopService(name: ServiceName, config: StackConfig = loadConfig()): Promise<StopOutcome> {
  const secrets = await readSecretsIfAny(stackPaths(config).secretsFile);
  const [result] = await withStackLock(config, () => stopServices(config, [name], secrets));
  if (!result) {
    throw new Error(`no result stopping ${name}`);
  }
  return result.outcome;
}

/**
 * Starts one service and resolves once it answers; for the replica, also once it has
 * caught up with the primary (when the primary is up). A no-op if it already runs.
 */
export async function startService(name: ServiceName, config: StackConfig = loadConfig()): Promise<void> {
  const [result] = await withStackLock(config, async () =>
    startServices(config, [name], await prepareStackDir(config)),
  );
  if (!result || result.outcome === 'failed') {
    throw new Error(`${name}: ${result?.error ?? 'did not start'}`);
  }
}

/** STOP SLAVE on the replica: it keeps serving reads, which go stale from now on. */
export async function stopReplication(config: StackConfig = loadConfig()): Promise<void> {
  await setReplication(config, false);
}

/** START SLAVE on the replica; pair with waitForReplicaCatchUp to wait for fresh reads. */
export async function startReplication(config: StackConfig = loadConfig()): Promise<void> {
  await setReplication(config, true);
}

/** Resolves when the replica has applied every transaction the primary had binlogged at the call. */
export async function waitForReplicaCatchUp(timeoutMs: number, config: StackConfig = loadConfig()): Promise<void> {
  await waitForCatchUp(config, timeoutMs);
}
