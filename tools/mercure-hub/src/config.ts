export interface HubConfig {
  readonly host: string;
  readonly port: number;
  readonly publisherKey: string;
  readonly subscriberKey: string;
  /** Exact origins (scheme://host:port) allowed by CORS; `*` allows any. */
  readonly corsOrigins: readonly string[];
  readonly heartbeatMs: number;
  readonly historySize: number;
  readonly allowAnonymous: boolean;
}

export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

type Env = Readonly<Record<string, string | undefined>>;

const DEFAULT_PORT = 28110;
const DEFAULT_HEARTBEAT_MS = 15_000;
const DEFAULT_HISTORY_SIZE = 1_000;

export function loadConfig(env: Env): HubConfig {
  return {
    host: optional(env, 'PD_HUB_HOST') ?? '127.0.0.1',
    port: integer(env, 'PD_HUB_PORT', DEFAULT_PORT, 0, 65_535),
    publisherKey: required(env, 'PD_HUB_PUBLISHER_KEY'),
    subscriberKey: required(env, 'PD_HUB_SUBSCRIBER_KEY'),
    corsOrigins: origins(optional(env, 'PD_HUB_CORS_ORIGINS')),
    heartbeatMs: integer(
      env,
      'PD_HUB_HEARTBEAT_MS',
      DEFAULT_HEARTBEAT_MS,
      1,
      3_600_000,
    ),
    historySize: integer(
      env,
      'PD_HUB_HISTORY_SIZE',
      DEFAULT_HISTORY_SIZE,
      0,
      1_000_000,
    ),
    allowAnonymous: boolean(env, 'PD_HUB_ALLOW_ANONYMOUS', true),
  };
}

// An empty variable counts as unset: `PD_X= node ...` must not mean "empty key".
function optional(env: Env, name: string): string | undefined {
  const value = env[name]?.trim();
  return value ? value : undefined;
}

function required(env: Env, name: string): string {
  const value = optional(env, name);
  if (value === undefined) {
    throw new ConfigError(
      `${name} is required (the HS256 key the hub verifies JWTs with)`,
    );
  }
  return value;
}

function integer(
  env: Env,
  name: string,
  fallback: number,
  min: number,
  max: number,
): number {
  const raw = optional(env, name);
  if (raw === undefined) {
    return fallback;
  }
  const value = /^\d+$/.test(raw) ? Number(raw) : Number.NaN;
  if (!Number.isSafeInteger(value) || value < min || value > max) {
    throw new ConfigError(
      `${name} must be an integer from ${min} to ${max}, got "${raw}"`,
    );
  }
  return value;
}

function boolean(env: Env, name: string, fallback: boolean): boolean {
  const raw = optional(env, name)?.toLowerCase();
  if (raw === undefined) {
    return fallback;
  }
  if (raw === 'true' || raw === '1') {
    return true;
  }
  if (raw === 'false' || raw === '0') {
    return false;
  }
  throw new ConfigError(`${name} must be true, false, 1 or 0, got "${raw}"`);
}

// Browsers send Origin without a trailing slash; tolerate one in the config.
function origins(raw: string | undefined): string[] {
  if (raw === undefined) {
    return [];
  }
  return raw
    .split(',')
    .map((origin) => origin.trim().replace(/\/+$/, ''))
    .filter((origin) => origin !== '');
}
