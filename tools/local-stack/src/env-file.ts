import { dbPaths, type StackConfig } from './config.ts';

export interface StackSecrets {
  dbAppPassword: string;
  dbReplicationPassword: string;
  hubPublisherKey: string;
  hubSubscriberKey: string;
  /** HMAC key of the API's manage-my-booking links. */
  manageTokenKey: string;
}

export const DB_NAME = 'pitchdesk';
export const DB_APP_USER = 'pitchdesk';
export const DB_REPLICATION_USER = 'pd_replication';

/** The variables of docs/local-stack.md, in its order, plus the admin sockets for tests. */
export function buildStackEnv(config: StackConfig, secrets: StackSecrets): Record<string, string> {
  const { ports } = config;
  const dbUrl = (port: number): string =>
    `mysql://${DB_APP_USER}:${secrets.dbAppPassword}@127.0.0.1:${port}/${DB_NAME}`;
  return {
    PD_HTTP_PORT: String(ports.http),
    PD_BOOKING_ENGINE_PORT: String(ports.bookingEngine),
    PD_PMS_CONSOLE_PORT: String(ports.pmsConsole),
    PD_DB_PRIMARY_URL: dbUrl(ports.dbPrimary),
    PD_DB_REPLICA_URL: dbUrl(ports.dbReplica),
    PD_DB_PRIMARY_ADMIN_SOCKET: dbPaths(config, 'primary').socket,
    PD_DB_REPLICA_ADMIN_SOCKET: dbPaths(config, 'replica').socket,
    PD_MEMCACHED_SERVERS: `127.0.0.1:${ports.memcached}`,
    PD_HUB_URL: `http://127.0.0.1:${ports.hub}/.well-known/mercure`,
    PD_HUB_PUBLISHER_KEY: secrets.hubPublisherKey,
    PD_HUB_SUBSCRIBER_KEY: secrets.hubSubscriberKey,
    PD_SES_ENDPOINT: `http://127.0.0.1:${ports.ses}`,
    PD_AWS_REGION: config.awsRegion,
    PD_MANAGE_TOKEN_KEY: secrets.manageTokenKey,
  };
}

// Values are written bare, so anything a shell or dotenv parser would treat specially
// is refused instead of being silently mangled.
const SAFE_VALUE = /^[^\s'"#\\$`]*$/;
const KEY = /^[A-Z_][A-Z0-9_]*$/;

export function formatEnvFile(vars: Record<string, string>, header: string[] = []): string {
  const lines = header.map((line) => `# ${line}`);
  for (const [key, value] of Object.entries(vars)) {
    if (!KEY.test(key)) {
      throw new Error(`invalid variable name: ${key}`);
    }
    if (!SAFE_VALUE.test(value)) {
      throw new Error(`value of ${key} needs quoting, which stack.env does not do`);
    }
    lines.push(`${key}=${value}`);
  }
  return `${lines.join('\n')}\n`;
}

/** Reads KEY=value lines; tolerates comments, blank lines, `export ` and quoted values. */
export function parseEnvFile(text: string): Record<string, string> {
  const vars: Record<string, string> = {};
  for (const rawLine of text.split(/\r?\n/)) {
    const line = rawLine.trim().replace(/^export\s+/, '');
    if (line === '' || line.startsWith('#')) {
      continue;
    }
    const eq = line.indexOf('=');
    if (eq <= 0) {
      throw new Error(`not a KEY=value line: ${rawLine}`);
    }
    const key = line.slice(0, eq).trim();
    let value = line.slice(eq + 1).trim();
    const quoted = /^(['"])(.*)\1$/.exec(value);
    if (quoted) {
      value = quoted[2] ?? '';
    }
    vars[key] = value;
  }
  return vars;
}
