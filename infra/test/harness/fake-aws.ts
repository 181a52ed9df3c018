/**
 * Pulumi mocks standing in for the AWS provider: every resource registration is recorded
 * (type, name, inputs, provider) and answered with plausible computed outputs, so the real
 * SST components run to completion offline. Nothing here decides what the stack contains.
 */
import type { runtime } from '@pulumi/pulumi';

export interface RecordedResource {
  readonly type: string;
  readonly name: string;
  readonly inputs: Record<string, unknown>;
  /** `urn::id` of an explicit provider; absent for the default provider. */
  readonly provider?: string;
  readonly id: string;
  readonly urn: string;
  /** A lookup of an existing resource (`X.get(...)`), not something the stack creates. */
  readonly read: boolean;
}

export const ACCOUNT_ID = '123456789012';

export function fakeAws(region: string, recorded: RecordedResource[]): runtime.Mocks {
  return {
    newResource(args) {
      const id = args.id || `${args.name}-id`;
      const state = { ...computedOutputs(args.type, args.name, region), ...args.inputs };
      recorded.push({
        type: args.type,
        name: args.name,
        inputs: args.inputs as Record<string, unknown>,
        provider: args.provider || undefined,
        id,
        urn: `urn:pulumi:test::pitchdesk::${args.type}::${args.name}`,
        read: Boolean(args.id),
      });
      return { id, state };
    },
    call(args) {
      return callResult(args.token, args.inputs as Record<string, unknown>, region);
    },
  };
}

function computedOutputs(type: string, name: string, region: string): Record<string, unknown> {
  const [, module = 'x'] = type.split(':');
  const service = module.split('/')[0] ?? 'x';
  const lower = name.toLowerCase().replace(/[^a-z0-9-]/g, '-').slice(0, 50);
  return {
    arn: `arn:aws:${service}:${region}:${ACCOUNT_ID}:${lower}`,
    name: lower,
    bucket: lower,
    bucketRegionalDomainName: `${lower}.s3.${region}.amazonaws.com`,
    bucketDomainName: `${lower}.s3.amazonaws.com`,
    domainName: `${lower}.cloudfront.net`,
    hostedZoneId: 'Z2FDTNDATAQYW2',
    dnsName: `${lower}.${region}.elb.amazonaws.com`,
    zoneId: 'Z32O12XQLNTSW2',
    endpoint: `${lower}.cluster-c1a2b3c4d5e6.${region}.rds.amazonaws.com`,
    readerEndpoint: `${lower}.cluster-ro-c1a2b3c4d5e6.${region}.rds.amazonaws.com`,
    clusterIdentifier: lower,
    port: type === 'aws:elasticache/cluster:Cluster' ? 11211 : 3306,
    cacheNodes: [
      { id: '0001', address: `${lower}.0001.cache.amazonaws.com`, port: 11211 },
      { id: '0002', address: `${lower}.0002.cache.amazonaws.com`, port: 11211 },
    ],
    result: `fake-random-${lower}`,
    repositoryUrl: `${ACCOUNT_ID}.dkr.ecr.${region}.amazonaws.com/${lower}`,
    publicIp: '203.0.113.10',
    etag: 'etag',
    status: 'Deployed',
    domainValidationOptions: [
      { domainName: `${lower}.example`, resourceRecordName: `_x.${lower}.example`, resourceRecordType: 'CNAME', resourceRecordValue: '_y.acm-validations.aws' },
    ],
    ...(type === 'aws:sesv2/emailIdentity:EmailIdentity' ? { dkimSigningAttributes: { tokens: ['dkim1', 'dkim2', 'dkim3'] } } : {}),
  };
}

function callResult(token: string, inputs: Record<string, unknown>, region: string): Record<string, unknown> {
  switch (token) {
    case 'aws:index/getRegion:getRegion':
      return { name: region, region, id: region, endpoint: `ec2.${region}.amazonaws.com`, description: region };
    case 'aws:index/getCallerIdentity:getCallerIdentity':
      return { accountId: ACCOUNT_ID, arn: `arn:aws:iam::${ACCOUNT_ID}:user/ci`, userId: 'AIDAFAKE', id: ACCOUNT_ID };
    case 'aws:index/getPartition:getPartition':
      return { partition: 'aws', dnsSuffix: 'amazonaws.com', id: 'aws' };
    case 'aws:index/getAvailabilityZones:getAvailabilityZones':
      return { names: [`${region}a`, `${region}b`, `${region}c`], zoneIds: ['z1', 'z2', 'z3'], id: region };
    case 'aws:route53/getZone:getZone':
      return { zoneId: inputs['zoneId'] ?? 'ZFAKE', name: inputs['name'] ?? 'example', id: inputs['zoneId'] ?? 'ZFAKE' };
    case 'aws:ecr/getAuthorizationToken:getAuthorizationToken':
      return { proxyEndpoint: `https://${ACCOUNT_ID}.dkr.ecr.${region}.amazonaws.com`, password: 'fake', userName: 'AWS' };
    case 'aws:ecr/getRepository:getRepository':
      return { name: inputs['name'], arn: `arn:aws:ecr:${region}:${ACCOUNT_ID}:repository/${String(inputs['name'])}`, repositoryUrl: `${ACCOUNT_ID}.dkr.ecr.${region}.amazonaws.com/${String(inputs['name'])}`, id: inputs['name'] };
    case 'aws:iam/getPolicyDocument:getPolicyDocument':
      return { json: JSON.stringify({ Version: '2012-10-17', Statement: inputs['statements'] ?? [] }), id: 'policy' };
    case 'aws:ec2/getAmi:getAmi':
      return { id: 'ami-fake', imageId: 'ami-fake' };
    case 'aws:cloudfront/getCachePolicy:getCachePolicy':
    case 'aws:cloudfront/getOriginRequestPolicy:getOriginRequestPolicy':
    case 'aws:cloudfront/getResponseHeadersPolicy:getResponseHeadersPolicy':
      return { id: `${String(inputs['name'])}-id`, ...inputs };
    default:
      return inputs;
  }
}
