/**
 * The resource graph, continued: how each service is run (scaling, health, rollout,
 * draining), the data services, jobs, mail, monitoring, and the per-stage site files.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allStages } from '../src/customers.ts';
import type { StageConfig } from '../src/customers.ts';
import type { RecordedResource, StackGraph } from './stack-graph.ts';
import { loadGraph, preparedSiteFolder } from './stack-graph.ts';

const STAGES = allStages();
const graphOf = (config: StageConfig): StackGraph => loadGraph(config.stage);

function scalingPolicies(graph: StackGraph, service: string): string[] {
  return graph
    .ofType('aws:appautoscaling/policy:Policy')
    .filter((policy) => String(policy.inputs['resourceId']).endsWith(`/${service}`))
    .map((policy) => (policy.inputs['targetTrackingScalingPolicyConfiguration'] as { predefinedMetricSpecification: { predefinedMetricType: string } }).predefinedMetricSpecification.predefinedMetricType)
    .sort();
}

function secretValue(graph: StackGraph, name: string): string {
  return (graph.named('aws:secretsmanager/secretVersion:SecretVersion', `${name}Version`).inputs['secretString'] as { value: string }).value;
}

describe.each(STAGES.map((config) => [config.stage, config] as const))('%s', (_stage, config) => {
  it('scales the API on CPU, memory and requests per target, rolls it out with headroom and drains it', () => {
    const graph = graphOf(config);
    expect(scalingPolicies(graph, 'Api')).toEqual(['ALBRequestCountPerTarget', 'ECSServiceAverageCPUUtilization', 'ECSServiceAverageMemoryUtilization']);
    expect(graph.named('aws:appautoscaling/target:Target', 'ApiAutoScalingTarget').inputs).toMatchObject({ minCapacity: config.api.tasks.min, maxCapacity: config.api.tasks.max });
    const service = graph.named('aws:ecs/service:Service', 'ApiService');
    expect(service.inputs).toMatchObject({ deploymentMinimumHealthyPercent: 100, deploymentMaximumPercent: 200, healthCheckGracePeriodSeconds: 60, desiredCount: config.api.tasks.min });
    const target = graph.named('aws:lb/targetGroup:TargetGroup', 'ApiTargetApiHTTP3000');
    expect(target.inputs['healthCheck']).toMatchObject({ path: '/api/health/live', matcher: '200' });
    expect(target.inputs['deregistrationDelay']).toBe(30);
    const [container] = graph.containers(graph.named('aws:ecs/taskDefinition:TaskDefinition', 'ApiTask'));
    expect(container?.stopTimeout).toBe(60);
    expect(container?.command).toEqual(['node', 'main.js']);
    expect(container?.healthCheck?.command.join(' ')).toContain('/api/health/live');
    const environment = Object.fromEntries((container?.environment ?? []).map((entry) => [entry.name, entry.value]));
    expect(environment).toMatchObject({ PD_HTTP_HOST: '0.0.0.0', PD_AWS_REGION: config.customer.region, PD_PUBLIC_BOOKING_URL: `https://book.${config.domain}`, PD_TRUSTED_PROXY_HOPS: '2' });
    expect(environment['PD_MEMCACHED_SERVERS']).toMatch(/^[^,:]+:11211(,[^,:]+:11211)*$/);
    expect(environment['PD_HUB_URL']).toBe(`http://Hub.${config.stage}.pitchdesk.sst:80/.well-known/mercure`);
    expect(environment['PD_SES_CONFIGURATION_SET']).toMatch(/mailconfig/);
    // The webhook accepts this topic's messages only: the one the configuration set publishes to.
    expect(environment['PD_SES_EVENTS_TOPIC_ARN']).toMatch(/^arn:aws:sns:/);
  });

  it('points TypeORM master and slaves at ProxySQL as separate users; only the migration task goes to the writer directly', () => {
    const graph = graphOf(config);
    const proxysql = `ProxySql.${config.stage}.pitchdesk.sst:6033/pitchdesk`;
    expect(secretValue(graph, 'ApiDatabasePrimaryUrl')).toMatch(new RegExp(`^mysql://pitchdesk_rw:[^@]+@${proxysql.replace(/\./g, '\\.')}$`));
    expect(secretValue(graph, 'ApiDatabaseReplicaUrl')).toMatch(new RegExp(`^mysql://pitchdesk_ro:[^@]+@${proxysql.replace(/\./g, '\\.')}$`));
    expect(secretValue(graph, 'DatabaseMigrationUrl')).toMatch(/^mysql:\/\/pitchdesk_admin:[^@]+@database\.cluster-[^:]+:3306\/pitchdesk$/);
    const [migrate] = graph.containers(graph.named('aws:ecs/taskDefinition:TaskDefinition', 'MigrateTask'));
    expect(migrate?.secrets.map((secret) => secret.name)).toEqual(['PD_DB_PRIMARY_URL', 'PD_DB_APP_RW_PASSWORD', 'PD_DB_APP_RO_PASSWORD', 'PD_DB_MONITOR_PASSWORD']);
    // The API itself never gets the admin URL or the other users' passwords.
    const [api] = graph.containers(graph.named('aws:ecs/taskDefinition:TaskDefinition', 'ApiTask'));
    expect(api?.secrets.map((secret) => secret.name)).not.toContain('PD_DB_APP_RW_PASSWORD');
  });

  it('runs ProxySQL (pinned official image) with a config generated from the cluster: Aurora discovery, user routing, a health check', () => {
    const graph = graphOf(config);
    const [container] = graph.containers(graph.named('aws:ecs/taskDefinition:TaskDefinition', 'ProxySqlTask'));
    expect(container?.image).toMatch(/^proxysql\/proxysql:\d+\.\d+\.\d+$/);
    const script = container?.command?.[0] ?? '';
    expect(script).toContain('mysql_aws_aurora_hostgroups');
    expect(script).toContain('domain_name = ".c1a2b3c4d5e6.');
    expect(script).toContain('address = "databasewriter.cluster-c1a2b3c4d5e6.');
    expect(script).toMatch(/username = "pitchdesk_rw", password = "\$\{PD_PROXYSQL_RW_PASSWORD\}", default_hostgroup = 10/);
    expect(script).toMatch(/username = "pitchdesk_ro", password = "\$\{PD_PROXYSQL_RO_PASSWORD\}", default_hostgroup = 20/);
    expect(container?.healthCheck?.command.join(' ')).toContain('/dev/tcp/127.0.0.1/6033');
    expect(graph.named('aws:ecs/service:Service', 'ProxySqlService').inputs['desiredCount']).toBe(config.proxysql.tasks);
    // Reached by Cloud Map only: no load balancer in front of it.
    expect(graph.ofType('aws:lb/targetGroup:TargetGroup').map((group) => group.name).sort()).toEqual(['ApiTargetApiHTTP3000', 'HubTargetHubHTTP80']);
  });

  it('runs one Mercure hub (pinned 0.x) with its history on EFS, replaced stop-then-start, not behind CloudFront', () => {
    const graph = graphOf(config);
    const service = graph.named('aws:ecs/service:Service', 'HubService');
    expect(service.inputs).toMatchObject({ desiredCount: 1, deploymentMinimumHealthyPercent: 0, deploymentMaximumPercent: 100 });
    expect(graph.named('aws:appautoscaling/target:Target', 'HubAutoScalingTarget').inputs).toMatchObject({ minCapacity: 1, maxCapacity: 1 });
    const [container] = graph.containers(graph.named('aws:ecs/taskDefinition:TaskDefinition', 'HubTask'));
    expect(container?.image).toMatch(/^dunglas\/mercure:v0\.\d+\.\d+$/);
    expect(container?.mountPoints?.map((mount) => mount.containerPath)).toEqual(['/data']);
    expect(container?.secrets.map((secret) => secret.name).sort()).toEqual(['MERCURE_PUBLISHER_JWT_KEY', 'MERCURE_SUBSCRIBER_JWT_KEY']);
    expect(container?.stopTimeout).toBeLessThanOrEqual(120);
    expect(graph.named('aws:efs/fileSystem:FileSystem', 'HubHistoryFileSystem').inputs['encrypted']).toBe(true);
    const origins = graph.ofType('aws:cloudfront/distribution:Distribution').flatMap((distribution) => distribution.inputs['origins'] as { domainName: string }[]);
    expect(origins.map((origin) => origin.domainName)).not.toContain(`hub.${config.domain}`);
  });

  it('egresses through NAT gateways with fixed Elastic IPs', () => {
    const graph = graphOf(config);
    const nat = graph.ofType('aws:ec2/natGateway:NatGateway');
    expect(nat).toHaveLength(2);
    if (config.egressIpAllocationIds) {
      expect(nat.map((gateway) => gateway.inputs['allocationId']).sort()).toEqual([...config.egressIpAllocationIds].sort());
    } else {
      const eips = new Set(graph.ofType('aws:ec2/eip:Eip').map((eip) => eip.id));
      expect(nat.every((gateway) => eips.has(String(gateway.inputs['allocationId'])))).toBe(true);
    }
  });

  it('has memcached from ElastiCache in the private subnets', () => {
    const cache = graphOf(config).named('aws:elasticache/cluster:Cluster', 'Cache');
    expect(cache.inputs).toMatchObject({ engine: 'memcached', nodeType: config.cache.nodeType, numCacheNodes: config.cache.nodes, port: 11211 });
  });

  it('schedules the jobs on EventBridge Scheduler as one-off tasks of the API image', () => {
    const graph = graphOf(config);
    const schedules = graph.ofType('aws:scheduler/schedule:Schedule').map((schedule) => schedule.inputs['scheduleExpression']);
    expect(schedules.sort()).toEqual(['rate(1 minute)', 'rate(5 minutes)']);
    const commands = ['JobReleaseExpiredHoldsTask', 'JobDrainMailOutboxTask'].map((name) => graph.containers(graph.named('aws:ecs/taskDefinition:TaskDefinition', name))[0]?.command);
    expect(commands).toEqual([
      ['node', 'job.js', 'release-expired-holds'],
      ['node', 'job.js', 'drain-mail-outbox'],
    ]);
  });

  it('sends mail from an SES identity with DKIM whose events go to SNS and on to the API over HTTPS', () => {
    const graph = graphOf(config);
    expect(graph.named('aws:sesv2/emailIdentity:EmailIdentity', 'MailIdentity').inputs['emailIdentity']).toBe(config.customer.mailFrom.split('@')[1]);
    const dkim = graph.ofType('aws:route53/record:Record').filter((record) => String(record.inputs['name']).includes('._domainkey.'));
    expect(dkim).toHaveLength(3);
    const destination = graph.ofType('aws:sesv2/configurationSetEventDestination:ConfigurationSetEventDestination')[0];
    const topicArn = (destination?.inputs['eventDestination'] as { snsDestination: { topicArn: string } }).snsDestination.topicArn;
    const subscription = graph.named('aws:sns/topicSubscription:TopicSubscription', 'MailEventsWebhook');
    expect(subscription.inputs).toMatchObject({ topic: topicArn, protocol: 'https', endpoint: `https://api.${config.domain}/api/mail/ses-events` });
  });

  it('keeps logs with retention, alarms on fatal and error lines, CloudFront 5xx, image scan findings and failed deployments', () => {
    const graph = graphOf(config);
    const retention = { '1 month': 30, '6 months': 180 }[config.logRetention as '1 month' | '6 months'];
    for (const group of graph.ofType('aws:cloudwatch/logGroup:LogGroup')) {
      expect(group.inputs['retentionInDays'], String(group.inputs['name'])).toBe(retention);
      expect(String(group.inputs['name'])).toMatch(new RegExp(`^/pitchdesk/${config.stage}/`));
    }
    const fatal = graph.named('aws:cloudwatch/logMetricFilter:LogMetricFilter', 'apiFatalLines');
    expect(fatal.inputs).toMatchObject({ logGroupName: `/pitchdesk/${config.stage}/api`, pattern: '{ $.level = "fatal" }' });
    const alarmTopic = graph.named('aws:sns/topic:Topic', 'Alarms');
    const alarmTopicArn = `arn:aws:sns:${config.customer.region}:123456789012:alarms`;
    expect(alarmTopic).toBeDefined();
    expect(graph.named('aws:cloudwatch/metricAlarm:MetricAlarm', 'apiFatalAlarm').inputs['alarmActions']).toEqual([alarmTopicArn]);
    const edge = graph.ofType('aws:cloudwatch/metricAlarm:MetricAlarm').filter((alarm) => alarm.inputs['namespace'] === 'AWS/CloudFront');
    expect(edge).toHaveLength(2);
    const distributionIds = graph.ofType('aws:cloudfront/distribution:Distribution').map((distribution) => distribution.id);
    for (const alarm of edge) {
      expect(alarm.provider).toContain('::UsEast1::');
      expect(distributionIds).toContain((alarm.inputs['dimensions'] as { DistributionId: string }).DistributionId);
    }
    const rules = graph.ofType('aws:cloudwatch/eventRule:EventRule').map((rule) => JSON.parse(String(rule.inputs['eventPattern'])) as { 'detail-type': string[] });
    expect(rules.map((rule) => rule['detail-type'][0]).sort()).toEqual(['ECR Image Scan', 'ECS Deployment State Change']);
    const targets = graph.ofType('aws:cloudwatch/eventTarget:EventTarget');
    expect(targets.map((target: RecordedResource) => target.inputs['arn'])).toEqual([alarmTopicArn, alarmTopicArn]);
  });

  it('publishes each site with its stage runtime config.json next to the build', () => {
    for (const app of ['booking-engine', 'pms-console']) {
      const folder = preparedSiteFolder(config.stage, app);
      expect(JSON.parse(readFileSync(resolve(folder, 'config.json'), 'utf8'))).toEqual({
        apiBaseUrl: '/api',
        hubUrl: `https://hub.${config.domain}/.well-known/mercure`,
        propertySlug: config.customer.propertySlug,
      });
      expect(readFileSync(resolve(folder, 'it/index.html'), 'utf8')).toContain('<!doctype html>');
    }
  });
});
