import { relative } from 'node:path';
import type { Command } from './args.ts';
import { stackPaths, type ServiceName, type StackConfig } from './config.ts';
import { withStackLock } from './lock.ts';
import { ensurePackages } from './packages.ts';
import { readSecretsIfAny } from './secrets.ts';
import { prepareStackDir, serviceStates, startServices, stopServices, wipeStackDir, type Log } from './stack.ts';

const pad = (text: string, width: number): string => text.padEnd(width);

function shown(config: StackConfig, path: string): string {
  const rel = relative(config.workspaceRoot, path);
  return rel.startsWith('..') ? path : rel;
}

export async function runStart(config: StackConfig, names: readonly ServiceName[], log: Log): Promise<number> {
  await ensurePackages(config.isRoot, log);
  const began = performance.now();
  const secrets = await prepareStackDir(config);
  const results = await startServices(config, names, secrets);
  const seconds = ((performance.now() - began) / 1000).toFixed(2);
  const failed = results.filter((r) => r.outcome === 'failed');
  if (failed.length === 0 && results.every((r) => r.outcome === 'already running')) {
    log(`already running: ${results.map((r) => r.name).join(', ')} (nothing to do)`);
    return 0;
  }
  for (const result of results) {
    const detail = result.error ? `: ${result.error}` : ` (${result.seconds.toFixed(2)} s)`;
    log(`  ${pad(result.name, 10)} ${result.outcome}${detail}`);
  }
  const healthy = results.length - failed.length;
  log(`${healthy}/${results.length} services healthy in ${seconds} s`);
  log(`variables: ${shown(config, stackPaths(config).envFile)}`);
  return failed.length === 0 ? 0 : 1;
}

export async function runStop(config: StackConfig, names: readonly ServiceName[], log: Log): Promise<number> {
  const secrets = await readSecretsIfAny(stackPaths(config).secretsFile);
  for (const { name, outcome } of await stopServices(config, names, secrets)) {
    log(`  ${pad(name, 10)} ${outcome}`);
  }
  return 0;
}

export async function runStatus(config: StackConfig, log: Log): Promise<number> {
  const secrets = await readSecretsIfAny(stackPaths(config).secretsFile);
  const states = await serviceStates(config, secrets);
  for (const state of states) {
    const pid = state.pid === undefined ? '-' : `pid ${state.pid}`;
    log(`  ${pad(state.name, 10)} ${pad(state.up ? 'up' : 'down', 5)} port ${state.port}  ${pid}`);
  }
  return states.every((state) => state.up) ? 0 : 1;
}

export async function runReset(config: StackConfig, names: readonly ServiceName[], log: Log): Promise<number> {
  await runStop(config, names, log);
  const wiped = await wipeStackDir(config);
  log(wiped ? `deleted ${shown(config, config.stackDir)}` : `nothing to delete at ${shown(config, config.stackDir)}`);
  return 0;
}

export function runCommand(
  command: Command,
  config: StackConfig,
  names: readonly ServiceName[],
  log: Log,
): Promise<number> {
  switch (command) {
    case 'start':
      return withStackLock(config, () => runStart(config, names, log));
    case 'stop':
      return withStackLock(config, () => runStop(config, names, log));
    case 'status':
      return runStatus(config, log);
    case 'reset':
      return withStackLock(config, () => runReset(config, names, log));
  }
}
