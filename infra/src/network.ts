import type { StageConfig } from './customer-config.ts';
import { AVAILABILITY_ZONES } from './customer-config.ts';

export interface Network {
  readonly vpc: sst.aws.Vpc;
  readonly cluster: sst.aws.Cluster;
}

/**
 * VPC with private subnets for tasks and databases, and managed NAT gateways whose Elastic
 * IPs are the stage's fixed egress addresses (fiscal printers and police web services
 * whitelist them). Prod brings its own allocations so the addresses outlive the stack.
 */
export function network(config: StageConfig): Network {
  const vpc = new sst.aws.Vpc('Vpc', {
    az: AVAILABILITY_ZONES,
    nat: config.egressIpAllocationIds ? { type: 'managed', ip: [...config.egressIpAllocationIds] } : 'managed',
  });
  // SST's Cluster given its own Vpc runs tasks in *public* subnets with public IPs; the
  // object form moves them to the private subnets (assignPublicIp follows isSstVpc=false).
  const cluster = new sst.aws.Cluster('Cluster', {
    vpc: {
      id: vpc.id,
      securityGroups: vpc.securityGroups,
      containerSubnets: vpc.privateSubnets,
      loadBalancerSubnets: vpc.publicSubnets,
      cloudmapNamespaceId: vpc.nodes.cloudmapNamespace.id,
      cloudmapNamespaceName: vpc.nodes.cloudmapNamespace.name,
    },
  });
  return { vpc, cluster };
}
