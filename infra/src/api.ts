import type { StageConfig } from './customer-config.ts';
import type { Database } from './database.ts';
import { withRollout, withStopTimeout } from './ecs-tuning.ts';
import { dnsOf, hostsOf } from './hosts.ts';
import type { Hub } from './hub.ts';
import { logging } from './monitoring.ts';
import type { Network } from './network.ts';
import type { ProxySql } from './proxysql.ts';
import { generatedSecret } from './secrets.ts';

const API_PORT = 3000;
/** The API keeps answering (unhealthy) this long after SIGTERM so the ALB drains it first. */
const SHUTDOWN_DRAIN_MS = 15_000;

export interface ApiRuntime {
  /** Plain configuration: nothing here is secret. */
  readonly environment: Record<string, $util.Input<string>>;
  /** Secrets Manager ARNs, injected by ECS as `secrets` (valueFrom). */
  readonly ssm: Record<string, $util.Input<string>>;
  readonly permissions: { actions: string[]; resources: string[] }[];
}

export interface ApiDependencies {
  readonly release: string;
  readonly proxysql: ProxySql;
  readonly hub: Hub;
  readonly memcachedServers: $util.Output<string>;
  /** SES configuration set: sends must name it, or no delivery events reach the webhook. */
  readonly mailConfigurationSet: $util.Output<string>;
  /** The SNS topic of those events: POST /api/mail/ses-events accepts this topic's messages only. */
  readonly mailEventsTopicArn: $util.Output<string>;
}

/** The environment of every process started from the API image except the migration task. */
export function apiRuntime(config: StageConfig, deps: ApiDependencies): ApiRuntime {
  const manageTokenKey = generatedSecret('ManageTokenKey', 'PD_MANAGE_TOKEN_KEY: signs manage-my-booking links');
  return {
    environment: {
      PD_RELEASE: deps.release,
      PD_HTTP_HOST: '0.0.0.0',
      PD_HTTP_PORT: String(API_PORT),
      PD_LOG_FORMAT: 'json',
      PD_MEMCACHED_SERVERS: deps.memcachedServers,
      PD_HUB_URL: deps.hub.internalUrl,
      PD_AWS_REGION: config.customer.region,
      PD_MAIL_FROM: config.customer.mailFrom,
      PD_SES_CONFIGURATION_SET: deps.mailConfigurationSet,
      PD_SES_EVENTS_TOPIC_ARN: deps.mailEventsTopicArn,
      PD_PUBLIC_BOOKING_URL: `https://${hostsOf(config).booking}`,
      // CloudFront and the ALB each append to X-Forwarded-For.
      PD_TRUSTED_PROXY_HOPS: '2',
      PD_SHUTDOWN_DRAIN_MS: String(SHUTDOWN_DRAIN_MS),
    },
    ssm: {
      PD_DB_PRIMARY_URL: deps.proxysql.primaryUrl.arn,
      PD_DB_REPLICA_URL: deps.proxysql.replicaUrl.arn,
      PD_HUB_PUBLISHER_KEY: deps.hub.publisherKey.arn,
      PD_HUB_SUBSCRIBER_KEY: deps.hub.subscriberKey.arn,
      PD_MANAGE_TOKEN_KEY: manageTokenKey.arn,
    },
    permissions: [{ actions: ['ses:SendEmail', 'ses:SendRawEmail'], resources: ['*'] }],
  };
}

/**
 * The HTTP API behind an ALB. Health checks hit `/api/health/live`: every API route is
 * under `/api` (the ALB's `/health` would 404), and liveness rather than readiness so a
 * database blip does not make the ALB drain every task at once.
 */
export function apiService(config: StageConfig, net: Network, image: $util.Input<string>, runtime: ApiRuntime): sst.aws.Service {
  const { api } = config;
  return new sst.aws.Service('Api', {
    cluster: net.cluster,
    image,
    command: ['node', 'main.js'],
    cpu: api.cpu,
    memory: api.memory,
    environment: runtime.environment,
    ssm: runtime.ssm,
    permissions: runtime.permissions,
    logging: logging(config, 'api'),
    loadBalancer: {
      domain: { name: hostsOf(config).api, dns: dnsOf(config) },
      rules: [
        { listen: '80/http', redirect: '443/https' },
        { listen: '443/https', forward: `${API_PORT}/http` },
      ],
      health: {
        [`${API_PORT}/http`]: { path: '/api/health/live', interval: '10 seconds', timeout: '5 seconds', healthyThreshold: 2, unhealthyThreshold: 2 },
      },
    },
    health: {
      command: ['CMD-SHELL', `node -e "fetch('http://127.0.0.1:${API_PORT}/api/health/live').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"`],
      startPeriod: '30 seconds',
      interval: '15 seconds',
      retries: 3,
    },
    scaling: {
      min: api.tasks.min,
      max: api.tasks.max,
      cpuUtilization: 60,
      memoryUtilization: 75,
      requestCount: api.requestsPerTarget,
      scaleOutCooldown: '60 seconds',
      scaleInCooldown: '300 seconds',
    },
    // `sst deploy` returns only once the rollout is stable (or rolled back by the breaker).
    wait: true,
    transform: {
      service: withRollout({ minimumHealthyPercent: 100, maximumPercent: 200, healthCheckGracePeriodSeconds: 60 }),
      // Drain (15 s) + in-flight requests, well inside Fargate's 120 s ceiling.
      taskDefinition: withStopTimeout(60),
      target: { deregistrationDelay: 30 },
    },
  });
}

/**
 * The one-off migration task: same image, `node migrate.js`, the writer directly as the admin
 * user, and the passwords of the users ProxySQL logs in as, so the runner can create or
 * update those users (they are not created anywhere else).
 */
export function migrationTask(config: StageConfig, net: Network, image: $util.Input<string>, release: string, db: Database, proxysql: ProxySql): sst.aws.Task {
  return new sst.aws.Task('Migrate', {
    cluster: net.cluster,
    image,
    command: ['node', 'migrate.js'],
    cpu: '0.5 vCPU',
    memory: '1 GB',
    environment: { PD_RELEASE: release, PD_LOG_FORMAT: 'json' },
    ssm: {
      PD_DB_PRIMARY_URL: db.migrationUrl.arn,
      PD_DB_APP_RW_PASSWORD: proxysql.userPasswords.readWrite.arn,
      PD_DB_APP_RO_PASSWORD: proxysql.userPasswords.readOnly.arn,
      PD_DB_MONITOR_PASSWORD: proxysql.userPasswords.monitor.arn,
    },
    logging: logging(config, 'migrate'),
  });
}
