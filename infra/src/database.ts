import type { StageConfig } from './customer-config.ts';
import type { Network } from './network.ts';
import { auroraInstanceDomain } from './proxysql-config.ts';
import type { StoredSecret } from './secrets.ts';
import { generatedSecret, storedSecret } from './secrets.ts';

export const DATABASE_NAME = 'pitchdesk';
const ADMIN_USER = 'pitchdesk_admin';

export interface Database {
  readonly cluster: aws.rds.Cluster;
  readonly writer: aws.rds.ClusterInstance;
  readonly readers: readonly aws.rds.ClusterInstance[];
  /** Writer-direct URL with the admin user: only the migration task gets it. */
  readonly migrationUrl: StoredSecret;
  readonly instanceDomain: $util.Output<string>;
}

/**
 * Aurora MySQL 3 with a provisioned writer and readers of the same class, readers scaled
 * by count. Raw Pulumi resources: SST's Aurora component is Serverless v2 only (every
 * instance `db.serverless`, a fixed replica count, no reader auto-scaling, final snapshot
 * skipped, no deletion protection).
 */
export function database(config: StageConfig, net: Network): Database {
  const prod = config.environment === 'prod';
  const { instanceClass, engineVersion, readers, backupRetentionDays } = config.database;
  const adminPassword = generatedSecret('DatabaseAdminPassword', 'Aurora admin password (migrations only)', 40);
  const subnets = new aws.rds.SubnetGroup('DatabaseSubnets', { subnetIds: net.vpc.privateSubnets });
  const securityGroup = new aws.ec2.SecurityGroup('DatabaseSecurityGroup', {
    vpcId: net.vpc.id,
    description: 'Aurora: MySQL from inside the VPC only',
    ingress: [{ protocol: 'tcp', fromPort: 3306, toPort: 3306, cidrBlocks: [net.vpc.nodes.vpc.cidrBlock] }],
  });

  const cluster = new aws.rds.Cluster(
    'Database',
    {
      engine: 'aurora-mysql',
      engineVersion,
      databaseName: DATABASE_NAME,
      masterUsername: ADMIN_USER,
      masterPassword: adminPassword.value,
      dbSubnetGroupName: subnets.name,
      vpcSecurityGroupIds: [securityGroup.id],
      storageEncrypted: true,
      backupRetentionPeriod: backupRetentionDays,
      preferredBackupWindow: '01:00-02:00',
      copyTagsToSnapshot: true,
      skipFinalSnapshot: false,
      finalSnapshotIdentifier: `${config.stage}-final`,
      deletionProtection: prod,
      enabledCloudwatchLogsExports: ['error', 'slowquery'],
    },
    { protect: prod },
  );

  const instance = (name: string, promotionTier: number, dependsOn: aws.rds.ClusterInstance[]): aws.rds.ClusterInstance =>
    new aws.rds.ClusterInstance(
      name,
      {
        clusterIdentifier: cluster.id,
        engine: 'aurora-mysql',
        engineVersion,
        instanceClass,
        promotionTier,
        dbSubnetGroupName: subnets.name,
        publiclyAccessible: false,
        performanceInsightsEnabled: prod,
        autoMinorVersionUpgrade: false,
      },
      { dependsOn },
    );
  // Created first, so it becomes the writer; readers in tier 1 are failover candidates.
  const writer = instance('DatabaseWriter', 0, []);
  const readerInstances = Array.from({ length: readers.min }, (_, index) => instance(`DatabaseReader${index + 1}`, 1, [writer]));

  // Readers beyond the minimum are added and removed by Application Auto Scaling (they
  // live outside Pulumi's state, as AWS intends for this dimension).
  const readerScaling = new aws.appautoscaling.Target(
    'DatabaseReaderScaling',
    {
      serviceNamespace: 'rds',
      scalableDimension: 'rds:cluster:ReadReplicaCount',
      resourceId: $interpolate`cluster:${cluster.id}`,
      minCapacity: readers.min,
      maxCapacity: readers.max,
    },
    { dependsOn: readerInstances },
  );
  const readerPolicy = (name: string, metric: string, targetValue: number): aws.appautoscaling.Policy =>
    new aws.appautoscaling.Policy(name, {
      policyType: 'TargetTrackingScaling',
      serviceNamespace: readerScaling.serviceNamespace,
      scalableDimension: readerScaling.scalableDimension,
      resourceId: readerScaling.resourceId,
      targetTrackingScalingPolicyConfiguration: {
        predefinedMetricSpecification: { predefinedMetricType: metric },
        targetValue,
        scaleInCooldown: 600,
        scaleOutCooldown: 120,
      },
    });
  readerPolicy('DatabaseReaderCpuPolicy', 'RDSReaderAverageCPUUtilization', 60);
  readerPolicy('DatabaseReaderConnectionsPolicy', 'RDSReaderAverageDatabaseConnections', 400);

  const migrationUrl = storedSecret(
    'DatabaseMigrationUrl',
    'PD_DB_PRIMARY_URL of the migration task: the writer, directly, as the admin user',
    // The cluster endpoint follows the writer across failovers (an instance endpoint does not).
    $interpolate`mysql://${ADMIN_USER}:${adminPassword.value}@${cluster.endpoint}:3306/${DATABASE_NAME}`,
  );
  return {
    cluster,
    writer,
    readers: readerInstances,
    migrationUrl,
    instanceDomain: cluster.endpoint.apply(auroraInstanceDomain),
  };
}
