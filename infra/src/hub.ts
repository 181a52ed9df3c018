import type { StageConfig } from './customer-config.ts';
import { withRollout, withStopTimeout } from './ecs-tuning.ts';
import { dnsOf, hostsOf } from './hosts.ts';
import { logging } from './monitoring.ts';
import type { Network } from './network.ts';
import type { StoredSecret } from './secrets.ts';
import { generatedSecret } from './secrets.ts';

/** Official image pinned to a 0.x tag: 1.0 changes the JWT claims, cookie and query syntax. */
export const MERCURE_IMAGE = 'dunglas/mercure:v0.24.2';
const HUB_PORT = 80;
/** SSE connections are closed after this; kept below ECS's 120 s stop timeout so a deploy drains them. */
const WRITE_TIMEOUT_SECONDS = 100;

export interface Hub {
  readonly service: sst.aws.Service;
  readonly publisherKey: StoredSecret;
  readonly subscriberKey: StoredSecret;
  /** What the API publishes to, inside the VPC (Cloud Map), without a round trip through the ALB. */
  readonly internalUrl: $util.Output<string>;
}

/**
 * The Mercure hub: one task, because the open-source hub is single-node (two Bolt nodes
 * lose updates), with its history on EFS so a replaced task keeps `Last-Event-ID` replay.
 * Reached by browsers on its own host, not through CloudFront.
 */
export function hub(config: StageConfig, net: Network): Hub {
  const hosts = hostsOf(config);
  const publisherKey = generatedSecret('HubPublisherKey', 'PD_HUB_PUBLISHER_KEY / MERCURE_PUBLISHER_JWT_KEY (HS256)');
  const subscriberKey = generatedSecret('HubSubscriberKey', 'PD_HUB_SUBSCRIBER_KEY / MERCURE_SUBSCRIBER_JWT_KEY (HS256)');
  const history = new sst.aws.Efs('HubHistory', { vpc: { id: net.vpc.id, subnets: net.vpc.privateSubnets } });

  const service = new sst.aws.Service('Hub', {
    cluster: net.cluster,
    image: MERCURE_IMAGE,
    cpu: '0.5 vCPU',
    memory: '1 GB',
    environment: {
      // A port-only address: TLS ends at the load balancer, so Caddy must not do ACME.
      SERVER_NAME: `:${HUB_PORT}`,
      MERCURE_EXTRA_DIRECTIVES: [
        `cors_origins https://${hosts.booking} https://${hosts.console}`,
        // Guests subscribe to public availability topics without a token.
        'anonymous',
        `write_timeout ${WRITE_TIMEOUT_SECONDS}s`,
        'transport bolt {',
        '  path /data/mercure.db',
        '}',
      ].join('\n'),
    },
    ssm: { MERCURE_PUBLISHER_JWT_KEY: publisherKey.arn, MERCURE_SUBSCRIBER_JWT_KEY: subscriberKey.arn },
    volumes: [{ efs: history, path: '/data' }],
    logging: logging(config, 'hub'),
    scaling: { min: 1, max: 1, cpuUtilization: false, memoryUtilization: false },
    loadBalancer: {
      domain: { name: hosts.hub, dns: dnsOf(config) },
      rules: [
        { listen: '80/http', redirect: '443/https' },
        { listen: '443/https', forward: `${HUB_PORT}/http` },
      ],
      // /healthz is the 0.x hub's health route on the main port.
      health: { [`${HUB_PORT}/http`]: { path: '/healthz', interval: '10 seconds', healthyThreshold: 2 } },
    },
    wait: true,
    transform: {
      // Never two hubs at once (the Bolt file lock, lost updates): stop, then start.
      service: withRollout({ minimumHealthyPercent: 0, maximumPercent: 100 }),
      taskDefinition: withStopTimeout(WRITE_TIMEOUT_SECONDS + 15),
    },
  });
  return { service, publisherKey, subscriberKey, internalUrl: $interpolate`http://${service.service}:${HUB_PORT}/.well-known/mercure` };
}
