import { join, resolve } from 'node:path';

export const SERVICE_NAMES = ['primary', 'replica', 'memcached', 'hub', 'ses'] as const;
export type ServiceName = (typeof SERVICE_NAMES)[number];

export function isServiceName(value: string): value is ServiceName {
  return (SERVICE_NAMES as readonly string[]).includes(value);
}

export interface StackPorts {
  http: number;
  bookingEngine: number;
  pmsConsole: number;
  hub: number;
  ses: number;
  memcached: number;
  dbPrimary: number;
  dbReplica: number;
}

export interface StackConfig {
  workspaceRoot: string;
  /** Data, logs, pid files, secrets and stack.env live here. */
  stackDir: string;
  ports: StackPorts;
  /** Entry point of the Mercure-protocol hub (overridable so tests can use a stand-in). */
  hubEntry: string;
  awsRegion: string;
  /** mariadbd and memcached refuse to run as root unless told to. */
  isRoot: boolean;
}

/**
 * Defaults from docs/local-stack.md: a block of ports common tools do not use, and below
 * Linux's ephemeral range (32768-60999), where any outgoing connection's local end may
 * briefly hold one of them and make a start fail at random.
 */
export const DEFAULT_PORT_BASE = 28100;

// [variable, offset from the port base] — the order of docs/local-stack.md.
const PORT_VARIABLES: Record<keyof StackPorts, [string, number]> = {
  http: ['PD_HTTP_PORT', 0],
  bookingEngine: ['PD_BOOKING_ENGINE_PORT', 1],
  pmsConsole: ['PD_PMS_CONSOLE_PORT', 2],
  hub: ['PD_HUB_PORT', 10],
  ses: ['PD_SES_PORT', 11],
  memcached: ['PD_MEMCACHED_PORT', 12],
  dbPrimary: ['PD_DB_PRIMARY_PORT', 13],
  dbReplica: ['PD_DB_REPLICA_PORT', 14],
};

type Env = Record<string, string | undefined>;

function parsePort(name: string, raw: string): number {
  const port = Number(raw);
  if (!/^\d+$/.test(raw) || port < 1 || port > 65535) {
    throw new Error(`${name}=${raw} is not a TCP port (1-65535)`);
  }
  return port;
}

export function resolvePorts(env: Env): StackPorts {
  const rawBase = env['PD_PORT_BASE'];
  const base = rawBase ? parsePort('PD_PORT_BASE', rawBase) : DEFAULT_PORT_BASE;
  const entries = Object.entries(PORT_VARIABLES).map(([key, [variable, offset]]) => {
    const raw = env[variable];
    return [key, raw ? parsePort(variable, raw) : parsePort('PD_PORT_BASE', String(base + offset))];
  });
  const ports = Object.fromEntries(entries) as StackPorts;
  const values = Object.values(ports);
  if (new Set(values).size !== values.length) {
    throw new Error(`two services share a port: ${JSON.stringify(ports)}`);
  }
  return ports;
}

// tools/local-stack/src -> workspace root
const WORKSPACE_ROOT = resolve(import.meta.dirname, '../../..');

export function loadConfig(env: Env = process.env): StackConfig {
  const workspaceRoot = WORKSPACE_ROOT;
  return {
    workspaceRoot,
    stackDir: resolve(workspaceRoot, env['PD_STACK_DIR'] || '.local/stack'),
    ports: resolvePorts(env),
    hubEntry: resolve(workspaceRoot, env['PD_HUB_ENTRY'] || 'tools/mercure-hub/src/main.ts'),
    awsRegion: env['PD_AWS_REGION'] || 'eu-south-1',
    isRoot: process.getuid?.() === 0,
  };
}

export function servicePort(config: StackConfig, name: ServiceName): number {
  switch (name) {
    case 'primary':
      return config.ports.dbPrimary;
    case 'replica':
      return config.ports.dbReplica;
    case 'memcached':
      return config.ports.memcached;
    case 'hub':
      return config.ports.hub;
    case 'ses':
      return config.ports.ses;
  }
}

export interface StackPaths {
  envFile: string;
  secretsFile: string;
  /** Proves a folder is ours before `reset` deletes it. */
  markerFile: string;
  logDir: string;
  runDir: string;
}

export function stackPaths(config: StackConfig): StackPaths {
  return {
    envFile: join(config.stackDir, 'stack.env'),
    secretsFile: join(config.stackDir, 'secrets.json'),
    markerFile: join(config.stackDir, '.pitchdesk-stack'),
    logDir: join(config.stackDir, 'logs'),
    runDir: join(config.stackDir, 'run'),
  };
}

export function pidFilePath(config: StackConfig, name: ServiceName): string {
  return join(stackPaths(config).runDir, `${name}.pid`);
}

export function logFilePath(config: StackConfig, name: ServiceName): string {
  return join(stackPaths(config).logDir, `${name}.log`);
}

export type DbRole = 'primary' | 'replica';

export interface DbPaths {
  dir: string;
  dataDir: string;
  socket: string;
  cnf: string;
}

export function dbPaths(config: StackConfig, role: DbRole): DbPaths {
  const dir = join(config.stackDir, role);
  return {
    dir,
    dataDir: join(dir, 'data'),
    socket: join(dir, 'mariadbd.sock'),
    cnf: join(dir, 'my.cnf'),
  };
}
