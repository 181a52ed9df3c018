import type { StageConfig } from './customer-config.ts';
import type { Database } from './database.ts';
import { DATABASE_NAME } from './database.ts';
import { logging } from './monitoring.ts';
import type { Network } from './network.ts';
import { PROXYSQL_PORT, READER_HOSTGROUP, WRITER_HOSTGROUP, proxySqlConfig } from './proxysql-config.ts';
import type { StoredSecret } from './secrets.ts';
import { generatedSecret, storedSecret } from './secrets.ts';

/** Official image, pinned: ProxySQL's config format and Aurora support change between minors. */
export const PROXYSQL_IMAGE = 'proxysql/proxysql:2.7.3';

export interface ProxySql {
  readonly service: sst.aws.Service;
  /** TypeORM `master`: the read-write user, routed to the writer hostgroup. */
  readonly primaryUrl: StoredSecret;
  /** TypeORM `slaves`: the read-only user, routed to the reader hostgroup. */
  readonly replicaUrl: StoredSecret;
  /** Passwords of the database users ProxySQL logs in as; the migration task keeps them in step on Aurora. */
  readonly userPasswords: { readonly readWrite: StoredSecret; readonly readOnly: StoredSecret; readonly monitor: StoredSecret };
}

/**
 * ProxySQL as an ECS service in front of Aurora. The config file is rendered at every
 * container start (Fargate disks are ephemeral, so every start is an `--initial` one and
 * the file is the whole truth); passwords arrive as ECS secrets and are expanded by the
 * shell into the file, never stored in the task definition.
 */
export function proxySql(config: StageConfig, net: Network, db: Database): ProxySql {
  const readWrite = generatedSecret('ProxySqlReadWritePassword', 'Aurora/ProxySQL user pitchdesk_rw');
  const readOnly = generatedSecret('ProxySqlReadOnlyPassword', 'Aurora/ProxySQL user pitchdesk_ro');
  const monitor = generatedSecret('ProxySqlMonitorPassword', 'Aurora/ProxySQL monitor user');
  const admin = generatedSecret('ProxySqlAdminPassword', 'ProxySQL admin interface (loopback only)');

  const configFile = $resolve([db.writer.endpoint, db.instanceDomain]).apply(([writerInstanceEndpoint, instanceDomain]) =>
    proxySqlConfig({
      aurora: { writerInstanceEndpoint, instanceDomain },
      users: [
        { username: 'pitchdesk_rw', passwordVariable: '${PD_PROXYSQL_RW_PASSWORD}', defaultHostgroup: WRITER_HOSTGROUP },
        { username: 'pitchdesk_ro', passwordVariable: '${PD_PROXYSQL_RO_PASSWORD}', defaultHostgroup: READER_HOSTGROUP },
      ],
      monitorUsername: 'proxysql_monitor',
      monitorPasswordVariable: '${PD_PROXYSQL_MONITOR_PASSWORD}',
      adminPasswordVariable: '${PD_PROXYSQL_ADMIN_PASSWORD}',
      maxConnectionsPerBackend: 400,
    }),
  );

  const service = new sst.aws.Service('ProxySql', {
    cluster: net.cluster,
    image: PROXYSQL_IMAGE,
    cpu: config.proxysql.cpu,
    memory: config.proxysql.memory,
    entrypoint: ['/bin/sh', '-c'],
    command: [$interpolate`cat > /tmp/proxysql.cnf <<EOF\n${configFile}EOF\nexec proxysql -f --initial -c /tmp/proxysql.cnf`],
    ssm: {
      PD_PROXYSQL_RW_PASSWORD: readWrite.arn,
      PD_PROXYSQL_RO_PASSWORD: readOnly.arn,
      PD_PROXYSQL_MONITOR_PASSWORD: monitor.arn,
      PD_PROXYSQL_ADMIN_PASSWORD: admin.arn,
    },
    // No shell tools beyond bash in the image: a TCP connect to the MySQL port is the probe.
    health: {
      command: ['CMD-SHELL', `bash -c '</dev/tcp/127.0.0.1/${PROXYSQL_PORT}' || exit 1`],
      startPeriod: '20 seconds',
      interval: '10 seconds',
      retries: 3,
    },
    scaling: { min: config.proxysql.tasks, max: config.proxysql.tasks, cpuUtilization: false, memoryUtilization: false },
    logging: logging(config, 'proxysql'),
    wait: true,
  });

  // Reached through Cloud Map (`ProxySql.<stage>.pitchdesk.sst`), never through a load balancer.
  const url = (user: string, password: $util.Output<string>): $util.Output<string> =>
    $interpolate`mysql://${user}:${password}@${service.service}:${PROXYSQL_PORT}/${DATABASE_NAME}`;
  return {
    service,
    userPasswords: { readWrite, readOnly, monitor },
    primaryUrl: storedSecret('ApiDatabasePrimaryUrl', 'PD_DB_PRIMARY_URL: ProxySQL, read-write user', url('pitchdesk_rw', readWrite.value)),
    replicaUrl: storedSecret('ApiDatabaseReplicaUrl', 'PD_DB_REPLICA_URL: ProxySQL, read-only user', url('pitchdesk_ro', readOnly.value)),
  };
}
