import { apiRuntime, apiService, migrationTask } from './api.ts';
import { memcached } from './cache.ts';
import type { StageConfig } from './customer-config.ts';
import { database } from './database.ts';
import { apiRepositoryName } from './deploy-contract.ts';
import { email } from './email.ts';
import { hostsOf } from './hosts.ts';
import { hub } from './hub.ts';
import { scheduledJobs } from './jobs.ts';
import { monitoring } from './monitoring.ts';
import { network } from './network.ts';
import { proxySql } from './proxysql.ts';
import { SITES, siteEdge, staticSite } from './sites.ts';
import { tagsFor } from './tags.ts';

/** What the deploy command passes in besides the customer registry. */
export interface ReleaseInput {
  /** Release id (the commit): the API image tag, and PD_RELEASE in every process. */
  readonly release: string;
  /** The Nx dist folder with `<app>/browser` web builds. */
  readonly distDirectory: string;
  readonly workDirectory: string;
}

function distributionId(name: string, site: sst.aws.StaticSite): $util.Output<string> {
  const cdn = site.nodes.cdn;
  if (!cdn) {
    throw new Error(`${name}: StaticSite created no CloudFront distribution`);
  }
  return cdn.nodes.distribution.id;
}

/** One customer stage, entirely a function of its configuration and the release. */
export function buildStack(config: StageConfig, input: ReleaseInput) {
  // Created by the deploy command before the image is pushed (see deploy-contract.ts).
  const repository = aws.ecr.getRepositoryOutput({ name: apiRepositoryName(config.stage) });
  // The migration task, the jobs and the service all run this one image.
  const image = $interpolate`${repository.repositoryUrl}:${input.release}`;

  const net = network(config);
  const db = database(config, net);
  const proxysql = proxySql(config, net, db);
  const cache = memcached(config, net);
  const realtime = hub(config, net);
  const mail = email(config);
  const runtime = apiRuntime(config, { release: input.release, proxysql, hub: realtime, memcachedServers: cache.servers, mailConfigurationSet: mail.identity.configSet, mailEventsTopicArn: mail.events.arn });
  const migrate = migrationTask(config, net, image, input.release, db, proxysql);
  const api = apiService(config, net, image, runtime);
  const jobs = scheduledJobs(config, net, image, runtime);

  const edge = siteEdge(config, tagsFor(config));
  const sites = SITES.map((spec) => ({ spec, site: staticSite(spec, config, { edge, ...input }) }));

  monitoring(config, {
    logComponents: [{ name: 'api', dependsOn: api }, { name: 'migrate', dependsOn: migrate }, ...jobs.map(({ component, task }) => ({ name: component, dependsOn: task }))],
    distributions: sites.map(({ spec, site }) => ({ name: spec.id, id: distributionId(spec.id, site) })),
    usEast1: edge.usEast1,
    apiRepositoryName: apiRepositoryName(config.stage),
  });

  // Read by tools/deploy from .sst/outputs.json after each deploy (StackOutputs).
  return {
    release: input.release,
    apiImage: image,
    clusterArn: net.cluster.nodes.cluster.arn,
    apiServiceName: api.nodes.service.name,
    hubServiceName: realtime.service.nodes.service.name,
    proxysqlServiceName: proxysql.service.nodes.service.name,
    migrateTaskDefinition: migrate.taskDefinition,
    taskSubnets: net.vpc.privateSubnets,
    taskSecurityGroups: net.vpc.securityGroups,
    bookingUrl: `https://${hostsOf(config).booking}`,
    consoleUrl: `https://${hostsOf(config).console}`,
    hubUrl: `https://${hostsOf(config).hub}`,
    mailIdentity: mail.identity.sender,
  };
}
