/**
 * The real infra program (SST 4 components + our raw Pulumi resources) run offline under
 * Pulumi mocks for two customers x (staging, prod), asserting the resource graph.
 */
import { describe, expect, it } from 'vitest';
import { allStages } from '../src/customers.ts';
import type { StageConfig } from '../src/customers.ts';
import { REQUIRED_TAGS, tagsFor } from '../src/tags.ts';
import type { StackGraph } from './stack-graph.ts';
import { TEST_RELEASE, isTaggable, loadGraph } from './stack-graph.ts';

// The stacks ran once in test/global-setup.ts; each file reads the recorded graphs.
const STAGES = allStages();
const graphOf = (config: StageConfig): StackGraph => loadGraph(config.stage);

it('covers two customers, each with a staging and a prod stage', () => {
  expect(new Set(STAGES.map((config) => config.customer.id)).size).toBe(2);
  expect(STAGES.map((config) => config.environment).sort()).toEqual(['prod', 'prod', 'staging', 'staging']);
});

describe.each(STAGES.map((config) => [config.stage, config] as const))('%s', (_stage, config) => {
  const prod = config.environment === 'prod';

  it('has exactly one ECS service per app, each with the circuit breaker and rollback on, deployed until stable', () => {
    const services = graphOf(config).ofType('aws:ecs/service:Service');
    expect(services.map((service) => service.inputs['name']).sort()).toEqual(['Api', 'Hub', 'ProxySql']);
    for (const service of services) {
      expect(service.inputs['deploymentCircuitBreaker'], String(service.inputs['name'])).toEqual({ enable: true, rollback: true });
      // `sst deploy` returns only once the rollout is stable or rolled back (SST's `wait`).
      expect(service.inputs['waitForSteadyState'], String(service.inputs['name'])).toBe(true);
    }
  });

  it('gives no task a public IP and runs every task in the private subnets', () => {
    const graph = graphOf(config);
    const privateSubnets = graph.ofType('aws:ec2/subnet:Subnet').filter((subnet) => subnet.name.includes('Private')).map((subnet) => subnet.id);
    expect(privateSubnets).toHaveLength(2);
    const networks = [
      ...graph.ofType('aws:ecs/service:Service').map((service) => service.inputs['networkConfiguration']),
      ...graph.ofType('aws:scheduler/schedule:Schedule').map((schedule) => (schedule.inputs['target'] as { ecsParameters: { networkConfiguration: unknown } }).ecsParameters.networkConfiguration),
    ] as { assignPublicIp: boolean; subnets: string[] }[];
    expect(networks).toHaveLength(5);
    for (const network of networks) {
      expect(network.assignPublicIp).toBe(false);
      expect(network.subnets.sort()).toEqual(privateSubnets.sort());
    }
  });

  it('keeps secrets out of task definitions: secret values only through Secrets Manager', () => {
    const graph = graphOf(config);
    const generated = graph.ofType('random:index/randomPassword:RandomPassword').map((password) => `fake-random-${password.name.toLowerCase()}`);
    expect(generated.length).toBeGreaterThanOrEqual(8);
    const secretArns = new Set(graph.ofType('aws:secretsmanager/secret:Secret').map((secret) => `arn:aws:secretsmanager:${config.customer.region}:123456789012:${secret.name.toLowerCase()}`));
    const mustBeSecret = /PASSWORD|SECRET|_KEY$|TOKEN|^PD_DB_(PRIMARY|REPLICA)_URL$/;
    for (const taskDefinition of graph.ofType('aws:ecs/taskDefinition:TaskDefinition')) {
      // A secret anywhere inside would have made Pulumi wrap the whole value as secret.
      expect(typeof taskDefinition.inputs['containerDefinitions'], taskDefinition.name).toBe('string');
      const text = String(taskDefinition.inputs['containerDefinitions']);
      for (const value of generated) {
        expect(text, `${taskDefinition.name} leaks a generated secret`).not.toContain(value);
      }
      for (const container of graph.containers(taskDefinition)) {
        expect(container.environment.filter((entry) => mustBeSecret.test(entry.name)).map((entry) => entry.name), taskDefinition.name).toEqual([]);
        for (const secret of container.secrets) {
          expect(secretArns.has(secret.valueFrom), `${taskDefinition.name} ${secret.name} -> ${secret.valueFrom}`).toBe(true);
        }
      }
    }
    const api = graph.containers(graph.named('aws:ecs/taskDefinition:TaskDefinition', 'ApiTask'))[0];
    expect(api?.secrets.map((secret) => secret.name).sort()).toEqual(['PD_DB_PRIMARY_URL', 'PD_DB_REPLICA_URL', 'PD_HUB_PUBLISHER_KEY', 'PD_HUB_SUBSCRIBER_KEY', 'PD_MANAGE_TOKEN_KEY']);
  });

  it('runs the migration task, the jobs and the API from one image: the release in the stage repository', () => {
    const graph = graphOf(config);
    const image = (name: string): string => graph.containers(graph.named('aws:ecs/taskDefinition:TaskDefinition', name))[0]?.image ?? '';
    const apiImage = image('ApiTask');
    expect(apiImage).toBe(`123456789012.dkr.ecr.${config.customer.region}.amazonaws.com/pitchdesk/${config.stage}/api:${TEST_RELEASE}`);
    expect(image('MigrateTask')).toBe(apiImage);
    expect(image('JobReleaseExpiredHoldsTask')).toBe(apiImage);
    expect(image('JobDrainMailOutboxTask')).toBe(apiImage);
    expect(graph.containers(graph.named('aws:ecs/taskDefinition:TaskDefinition', 'MigrateTask'))[0]?.command).toEqual(['node', 'migrate.js']);
  });

  it('has a provisioned Aurora MySQL 3 writer and readers of one class, readers auto-scaled on CPU and connections', () => {
    const graph = graphOf(config);
    const cluster = graph.named('aws:rds/cluster:Cluster', 'Database');
    expect(cluster.inputs).toMatchObject({ engine: 'aurora-mysql', storageEncrypted: true, skipFinalSnapshot: false, backupRetentionPeriod: config.database.backupRetentionDays });
    expect(String(cluster.inputs['engineVersion'])).toMatch(/^8\.0\.mysql_aurora\.3\./);
    const instances = graph.ofType('aws:rds/clusterInstance:ClusterInstance');
    expect(instances).toHaveLength(1 + config.database.readers.min);
    expect(new Set(instances.map((instance) => instance.inputs['instanceClass']))).toEqual(new Set([config.database.instanceClass]));
    const target = graph.named('aws:appautoscaling/target:Target', 'DatabaseReaderScaling');
    expect(target.inputs).toMatchObject({ serviceNamespace: 'rds', scalableDimension: 'rds:cluster:ReadReplicaCount', minCapacity: config.database.readers.min, maxCapacity: config.database.readers.max });
    const metrics = graph
      .ofType('aws:appautoscaling/policy:Policy')
      .filter((policy) => policy.inputs['scalableDimension'] === 'rds:cluster:ReadReplicaCount')
      .map((policy) => (policy.inputs['targetTrackingScalingPolicyConfiguration'] as { predefinedMetricSpecification: { predefinedMetricType: string } }).predefinedMetricSpecification.predefinedMetricType);
    expect(metrics.sort()).toEqual(['RDSReaderAverageCPUUtilization', 'RDSReaderAverageDatabaseConnections']);
  });

  it(`has deletion protection ${prod ? 'on (prod)' : 'off (staging)'}`, () => {
    const graph = graphOf(config);
    expect(graph.named('aws:rds/cluster:Cluster', 'Database').inputs['deletionProtection']).toBe(prod);
    expect(graph.run.app.protect).toBe(prod);
    expect(graph.run.app.removal).toBe(prod ? 'retain' : 'remove');
  });

  it('attaches the WAF (CloudFront scope, us-east-1) to both distributions, with security headers and /api/* to the ALB', () => {
    const graph = graphOf(config);
    const waf = graph.named('aws:wafv2/webAcl:WebAcl', 'SitesWaf');
    expect(waf.inputs['scope']).toBe('CLOUDFRONT');
    expect(waf.provider).toContain('::UsEast1::');
    const distributions = graph.ofType('aws:cloudfront/distribution:Distribution');
    expect(distributions).toHaveLength(2);
    const policies = new Set(graph.ofType('aws:cloudfront/responseHeadersPolicy:ResponseHeadersPolicy').map((policy) => policy.id));
    for (const distribution of distributions) {
      expect(distribution.inputs['webAclId']).toBe(`arn:aws:wafv2:${config.customer.region}:123456789012:siteswaf`);
      const behavior = distribution.inputs['defaultCacheBehavior'] as { responseHeadersPolicyId: string; viewerProtocolPolicy: string };
      expect(policies.has(behavior.responseHeadersPolicyId)).toBe(true);
      expect(behavior.viewerProtocolPolicy).toBe('redirect-to-https');
      const [api] = distribution.inputs['orderedCacheBehaviors'] as { pathPattern: string; targetOriginId: string }[];
      expect(api?.pathPattern).toBe('/api/*');
      const origin = (distribution.inputs['origins'] as { originId: string; domainName: string }[]).find((candidate) => candidate.originId === api?.targetOriginId);
      expect(origin?.domainName).toBe(`api.${config.domain}`);
    }
    for (const policy of graph.ofType('aws:cloudfront/responseHeadersPolicy:ResponseHeadersPolicy')) {
      const csp = (policy.inputs['securityHeadersConfig'] as { contentSecurityPolicy: { contentSecurityPolicy: string } }).contentSecurityPolicy.contentSecurityPolicy;
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain(`connect-src 'self' https://hub.${config.domain}`);
      expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    }
  });

  it('keeps the site buckets private (CloudFront only) and encrypted', () => {
    const graph = graphOf(config);
    const buckets = graph.ofType('aws:s3/bucket:Bucket').map((bucket) => bucket.inputs['bucket'] ?? bucket.name);
    expect(buckets).toHaveLength(2);
    const blocks = graph.ofType('aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock');
    const encryption = graph.ofType('aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration');
    const policies = graph.ofType('aws:s3/bucketPolicy:BucketPolicy');
    expect(blocks).toHaveLength(2);
    expect(encryption).toHaveLength(2);
    for (const block of blocks) {
      expect(block.inputs).toMatchObject({ blockPublicAcls: true, blockPublicPolicy: true, ignorePublicAcls: true, restrictPublicBuckets: true });
    }
    for (const rule of encryption) {
      expect(rule.inputs['rules']).toEqual([{ applyServerSideEncryptionByDefault: { sseAlgorithm: 'AES256' }, bucketKeyEnabled: true }]);
    }
    for (const policy of policies) {
      const statements = (JSON.parse(String(policy.inputs['policy'])) as { Statement: { effect?: string; principals: { identifiers: string[] }[] }[] }).Statement;
      const allowed = statements.filter((statement) => statement.effect !== 'Deny').flatMap((statement) => statement.principals.flatMap((principal) => principal.identifiers));
      expect(allowed).toEqual(['cloudfront.amazonaws.com']);
    }
  });

  it('tags every taggable resource with Application, Environment, Owner and Tenant', () => {
    const graph = graphOf(config);
    const expected = tagsFor(config);
    const taggable = graph.created.filter((resource) => isTaggable(resource.type));
    expect(taggable.length).toBeGreaterThan(100);
    const untagged = taggable.filter((resource) => {
      const tags = { ...graph.providerTags(resource), ...((resource.inputs['tags'] as Record<string, string> | undefined) ?? {}) };
      return REQUIRED_TAGS.some((tag) => tags[tag] !== expected[tag]);
    });
    expect(untagged.map((resource) => `${resource.type} ${resource.name}`)).toEqual([]);
    expect(expected).toEqual({ Application: 'pitchdesk', Environment: config.environment, Owner: config.customer.owner, Tenant: config.customer.id });
  });
});
