import type { StageConfig } from './customer-config.ts';
import type { Network } from './network.ts';

/**
 * ElastiCache Memcached for staff sessions and short-lived caches. Raw Pulumi: SST has
 * Redis/Valkey components only.
 */
export function memcached(config: StageConfig, net: Network): { servers: $util.Output<string> } {
  const subnets = new aws.elasticache.SubnetGroup('CacheSubnets', { subnetIds: net.vpc.privateSubnets });
  const securityGroup = new aws.ec2.SecurityGroup('CacheSecurityGroup', {
    vpcId: net.vpc.id,
    description: 'Memcached from inside the VPC only',
    ingress: [{ protocol: 'tcp', fromPort: 11211, toPort: 11211, cidrBlocks: [net.vpc.nodes.vpc.cidrBlock] }],
  });
  const cluster = new aws.elasticache.Cluster('Cache', {
    engine: 'memcached',
    nodeType: config.cache.nodeType,
    numCacheNodes: config.cache.nodes,
    azMode: config.cache.nodes > 1 ? 'cross-az' : 'single-az',
    port: 11211,
    subnetGroupName: subnets.name,
    securityGroupIds: [securityGroup.id],
  });
  // PD_MEMCACHED_SERVERS is `host:port,...`: memjs hashes keys over the nodes itself.
  const servers = cluster.cacheNodes.apply((nodes) => nodes.map((node) => `${node.address}:${node.port}`).join(','));
  return { servers };
}
