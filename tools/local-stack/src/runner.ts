import { readFile } from 'node:fs/promises';
import { logFilePath, pidFilePath, type ServiceName, type StackConfig } from './config.ts';
import { waitUntil } from './health.ts';
import { canBind, describePortHolder, findPortHolder } from './port-holder.ts';
import { isAlive } from './proc.ts';
import type { ServiceSpec } from './services.ts';
import { isOurs, launch, ownerTag, readPidFile, removePidFile, terminate, writePidFile } from './supervisor.ts';

export const HEALTH_TIMEOUT_MS = 30_000;
// mariadbd flushes InnoDB on SIGTERM; killing it sooner would force crash recovery.
const STOP_GRACE_MS = 20_000;

export class PortTakenError extends Error {
  readonly port: number;
  constructor(message: string, port: number) {
    super(message);
    this.name = 'PortTakenError';
    this.port = port;
  }
}

export interface ServiceState {
  name: ServiceName;
  port: number;
  pid?: number;
  up: boolean;
}

/**
 * The pid of our live process for this service. A stale pid file is deleted; a lost or
 * overwritten one is recovered from whoever listens on the port, if that process is ours.
 */
export async function ourPid(config: StackConfig, spec: ServiceSpec): Promise<number | undefined> {
  const file = pidFilePath(config, spec.name);
  const owner = ownerTag(config.stackDir, spec.name);
  const pid = await readPidFile(file);
  if (pid !== undefined && (await isOurs(pid, owner, spec.commandHint))) {
    return pid;
  }
  await removePidFile(file);
  if (await canBind(spec.port)) {
    return undefined;
  }
  const holder = await findPortHolder(spec.port);
  if (holder?.pid !== undefined && (await isOurs(holder.pid, owner, spec.commandHint))) {
    await writePidFile(file, holder.pid);
    return holder.pid;
  }
  return undefined;
}

async function logTail(config: StackConfig, name: ServiceName): Promise<string> {
  const text = await readFile(logFilePath(config, name), 'utf8').catch(() => '');
  return text.trimEnd().split('\n').slice(-8).join('\n');
}

export type StartOutcome = 'started' | 'already running';

/** Starts one service unless ours is already up, then waits until it answers. */
export async function startOne(config: StackConfig, spec: ServiceSpec): Promise<StartOutcome> {
  const running = await ourPid(config, spec);
  if (running !== undefined) {
    // Ours, maybe still booting (a parallel start): wait rather than start a second copy.
    await waitUntil(spec.healthy, `${spec.name} (pid ${running})`, { timeoutMs: HEALTH_TIMEOUT_MS });
    return 'already running';
  }
  if (!(await canBind(spec.port))) {
    const holder = await findPortHolder(spec.port);
    const detail = holder
      ? describePortHolder(holder)
      : `port ${spec.port} is in use but nothing listens on it (most likely the local end of an outgoing connection): try again, or move the ports with PD_PORT_BASE`;
    throw new PortTakenError(detail, spec.port);
  }
  await spec.prepare();
  const pid = await launch({
    command: spec.command,
    args: spec.args,
    env: spec.env,
    cwd: config.workspaceRoot,
    logFile: logFilePath(config, spec.name),
    owner: ownerTag(config.stackDir, spec.name),
  });
  await writePidFile(pidFilePath(config, spec.name), pid);
  await waitUntil(spec.healthy, `${spec.name} (pid ${pid}, port ${spec.port})`, {
    timeoutMs: HEALTH_TIMEOUT_MS,
    giveUp: async () => {
      if (await isAlive(pid)) {
        return undefined;
      }
      await removePidFile(pidFilePath(config, spec.name));
      return `exited during start-up; last lines of ${logFilePath(config, spec.name)}:\n${await logTail(config, spec.name)}`;
    },
  });
  return 'started';
}

export type StopOutcome = 'stopped' | 'killed' | 'not running';

/** Ends only the process recorded for this stack and service, after checking it is ours. */
export async function stopOne(config: StackConfig, spec: ServiceSpec): Promise<StopOutcome> {
  const pid = await ourPid(config, spec);
  if (pid === undefined) {
    return 'not running';
  }
  const outcome = await terminate(pid, STOP_GRACE_MS);
  await removePidFile(pidFilePath(config, spec.name));
  return outcome;
}

export async function stateOf(config: StackConfig, spec: ServiceSpec): Promise<ServiceState> {
  const pid = await ourPid(config, spec);
  const up = pid !== undefined && (await spec.healthy());
  return { name: spec.name, port: spec.port, pid, up };
}
