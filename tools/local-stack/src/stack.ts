import { existsSync } from 'node:fs';
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { SERVICE_NAMES, stackPaths, type ServiceName, type StackConfig } from './config.ts';
import { buildStackEnv, formatEnvFile, type StackSecrets } from './env-file.ts';
import { bootstrapPrimary, configureReplica, waitForCatchUp } from './mariadb.ts';
import { startOne, stateOf, stopOne, type ServiceState, type StartOutcome, type StopOutcome } from './runner.ts';
import { loadOrCreateSecrets } from './secrets.ts';
import { serviceSpec } from './services.ts';

const CATCH_UP_TIMEOUT_MS = 20_000;

export type Log = (line: string) => void;

/** Creates the folders, keeps or makes the secrets, and (re)writes stack.env. */
export async function prepareStackDir(config: StackConfig): Promise<StackSecrets> {
  const paths = stackPaths(config);
  await mkdir(paths.logDir, { recursive: true });
  await mkdir(paths.runDir, { recursive: true });
  await writeFile(paths.markerFile, 'Data of tools/local-stack; `reset` deletes this folder.\n');
  const secrets = await loadOrCreateSecrets(paths.secretsFile);
  const env = formatEnvFile(buildStackEnv(config, secrets), [
    'Written by tools/local-stack on every start; see docs/local-stack.md.',
    'Secrets are generated once per data folder. Do not commit.',
  ]);
  await writeFile(paths.envFile, env, { mode: 0o600 });
  return secrets;
}

export interface ServiceResult {
  name: ServiceName;
  outcome: StartOutcome | 'failed';
  error?: string;
  /** Until healthy (and, for the replica, caught up). */
  seconds: number;
}

/**
 * Starts the given services in parallel. The replica's replication is pointed at the
 * primary only after the primary has its users (else its first connect fails and waits
 * a retry), and a start returns only once the replica has caught up.
 */
export async function startServices(
  config: StackConfig,
  names: readonly ServiceName[],
  secrets: StackSecrets,
): Promise<ServiceResult[]> {
  const began = performance.now();
  const seconds = (): number => (performance.now() - began) / 1000;
  const attempt = async (name: ServiceName, work: () => Promise<StartOutcome>): Promise<ServiceResult> => {
    try {
      return { name, outcome: await work(), seconds: seconds() };
    } catch (error) {
      return { name, outcome: 'failed', error: (error as Error).message, seconds: seconds() };
    }
  };
  const primaryReady = names.includes('primary')
    ? attempt('primary', async () => {
        const outcome = await startOne(config, serviceSpec(config, 'primary', secrets));
        await bootstrapPrimary(config, secrets);
        return outcome;
      })
    : undefined;
  const others = names
    .filter((name) => name !== 'primary')
    .map((name) =>
      attempt(name, async () => {
        const outcome = await startOne(config, serviceSpec(config, name, secrets));
        if (name === 'replica') {
          const primary = await primaryReady;
          if (primary && primary.outcome === 'failed') {
            throw new Error('primary failed, so replication was not set up');
          }
          await configureReplica(config, secrets);
          // Without the primary (not part of this start and down) there is nothing to catch up with.
          const primaryUp = primary !== undefined || (await stateOf(config, serviceSpec(config, 'primary', secrets))).up;
          if (primaryUp) {
            await waitForCatchUp(config, CATCH_UP_TIMEOUT_MS);
          }
        }
        return outcome;
      }),
    );
  const results = await Promise.all([...(primaryReady ? [primaryReady] : []), ...others]);
  return SERVICE_NAMES.flatMap((name) => results.filter((result) => result.name === name));
}

export async function stopServices(
  config: StackConfig,
  names: readonly ServiceName[],
  secrets: StackSecrets,
): Promise<{ name: ServiceName; outcome: StopOutcome }[]> {
  return Promise.all(
    names.map(async (name) => ({ name, outcome: await stopOne(config, serviceSpec(config, name, secrets)) })),
  );
}

export async function serviceStates(config: StackConfig, secrets: StackSecrets): Promise<ServiceState[]> {
  return Promise.all(SERVICE_NAMES.map((name) => stateOf(config, serviceSpec(config, name, secrets))));
}

/** Deletes the data folder, but only one that `start` made (a wrong PD_STACK_DIR must not wipe a home). */
export async function wipeStackDir(config: StackConfig): Promise<boolean> {
  const paths = stackPaths(config);
  if (!existsSync(config.stackDir)) {
    return false;
  }
  const isEmpty = (await readdir(config.stackDir)).length === 0;
  if (!isEmpty && !existsSync(paths.markerFile)) {
    throw new Error(`${config.stackDir} was not created by tools/local-stack (no ${paths.markerFile}); not deleting it`);
  }
  await rm(config.stackDir, { recursive: true, force: true });
  return true;
}
