import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { dbPaths, logFilePath, servicePort, type ServiceName, type StackConfig } from './config.ts';
import type { StackSecrets } from './env-file.ts';
import { httpOk, memcachedOk } from './health.ts';
import { mariadbBinary, prepareDatabase } from './mariadb.ts';
import { socketAnswers } from './mysql-admin.ts';

export interface ServiceSpec {
  name: ServiceName;
  port: number;
  command: string;
  args: string[];
  env: Record<string, string>;
  /** Found in the command line, for when /proc/<pid>/environ is unreadable. */
  commandHint: string;
  /** Work before launching: config files, first-time data folder. */
  prepare: () => Promise<void>;
  healthy: () => Promise<boolean>;
}

// Spawned servers get a small, predictable environment rather than the caller's
// (a test runner's NODE_OPTIONS or a developer's PD_* exports must not leak in).
function baseEnv(): Record<string, string> {
  const env: Record<string, string> = { TZ: 'UTC' };
  for (const key of ['PATH', 'HOME', 'LANG', 'TMPDIR']) {
    const value = process.env[key];
    if (value !== undefined) {
      env[key] = value;
    }
  }
  return env;
}

const nothing = async (): Promise<void> => undefined;

/** A production-access SES account, in the shape SESv2 GetAccount returns. */
const LOCAL_SES_ACCOUNT = {
  DedicatedIpAutoWarmupEnabled: false,
  Details: {
    AdditionalContactEmailAddresses: [],
    ContactLanguage: 'EN',
    MailType: 'TRANSACTIONAL',
    ReviewDetails: { CaseId: 'local', Status: 'GRANTED' },
    UseCaseDescription: 'Booking confirmations for a local Pitchdesk stack',
    WebsiteURL: 'http://127.0.0.1',
  },
  EnforcementStatus: 'HEALTHY',
  ProductionAccessEnabled: true,
  SendingEnabled: true,
  SendQuota: { Max24HourSend: 50_000, MaxSendRate: 14, SentLast24Hours: 0 },
  SuppressionAttributes: { SuppressedReasons: ['BOUNCE', 'COMPLAINT'] },
};

function mariadbSpec(config: StackConfig, name: 'primary' | 'replica'): ServiceSpec {
  const paths = dbPaths(config, name);
  return {
    name,
    port: servicePort(config, name),
    command: mariadbBinary('mariadbd'),
    // --defaults-file must come first; it is also what ties the process to this stack.
    args: [`--defaults-file=${paths.cnf}`],
    env: baseEnv(),
    commandHint: paths.cnf,
    prepare: () => prepareDatabase(config, name, logFilePath(config, name)),
    healthy: () => socketAnswers(paths.socket),
  };
}

function corsOrigins(config: StackConfig): string {
  const { bookingEngine, pmsConsole } = config.ports;
  return ['127.0.0.1', 'localhost']
    .flatMap((host) => [bookingEngine, pmsConsole].map((port) => `http://${host}:${port}`))
    .join(',');
}

export function serviceSpec(config: StackConfig, name: ServiceName, secrets: StackSecrets): ServiceSpec {
  const port = servicePort(config, name);
  switch (name) {
    case 'primary':
    case 'replica':
      return mariadbSpec(config, name);
    case 'memcached':
      return {
        name,
        port,
        command: 'memcached',
        // -U 0: no UDP (amplification risk, and a second port to collide on).
        args: [...(config.isRoot ? ['-u', 'root'] : []), '-l', '127.0.0.1', '-p', String(port), '-U', '0', '-m', '64'],
        env: baseEnv(),
        commandHint: `-p ${port}`,
        prepare: nothing,
        healthy: () => memcachedOk(port),
      };
    case 'hub':
      return {
        name,
        port,
        command: process.execPath,
        args: [config.hubEntry],
        env: {
          ...baseEnv(),
          PD_HUB_HOST: '127.0.0.1',
          PD_HUB_PORT: String(port),
          PD_HUB_PUBLISHER_KEY: secrets.hubPublisherKey,
          PD_HUB_SUBSCRIBER_KEY: secrets.hubSubscriberKey,
          PD_HUB_CORS_ORIGINS: corsOrigins(config),
        },
        commandHint: config.hubEntry,
        prepare: async () => {
          if (!existsSync(config.hubEntry)) {
            throw new Error(`${config.hubEntry} does not exist (the Mercure-protocol hub is not written yet?)`);
          }
        },
        healthy: () => httpOk(`http://127.0.0.1:${port}/healthz`),
      };
    case 'ses': {
      const cli = join(config.workspaceRoot, 'node_modules/aws-ses-v2-local/dist/cli.js');
      return {
        name,
        port,
        command: process.execPath,
        args: [cli, '--host', '127.0.0.1', '--port', String(port)],
        // GetAccount (the API's mail health check, the same call as against real SES)
        // answers only when the endpoint is given an account to describe.
        env: { ...baseEnv(), AWS_SES_ACCOUNT: JSON.stringify(LOCAL_SES_ACCOUNT) },
        commandHint: `--port ${port}`,
        prepare: async () => {
          if (!existsSync(cli)) {
            throw new Error(`${cli} is missing: run \`npm ci\` first`);
          }
        },
        healthy: () => httpOk(`http://127.0.0.1:${port}/health-check`),
      };
    }
  }
}
