/**
 * ProxySQL's configuration, generated from the Aurora cluster. Pure string building so it is
 * unit-tested as text; `proxysql.ts` renders it at container start.
 *
 * Routing is by user, not by query rules: TypeORM's `master` connects as the read-write user
 * (writer hostgroup) and its `slaves` as the read-only user (reader hostgroup). Query rules
 * that split on `SELECT` break transactions and trip "connection is locked to hostgroup"
 * (error 9006) on driver-issued `SET`s; the app already states which reads may lag.
 */

export const WRITER_HOSTGROUP = 10;
export const READER_HOSTGROUP = 20;
export const PROXYSQL_PORT = 6033;

export interface ProxySqlUser {
  readonly username: string;
  /** A shell variable reference such as `${PD_PROXYSQL_RW_PASSWORD}`: the value is a secret. */
  readonly passwordVariable: string;
  readonly defaultHostgroup: number;
}

export interface AuroraTopology {
  /** Instance endpoint of the writer (never the cluster endpoint: ProxySQL must see instances). */
  readonly writerInstanceEndpoint: string;
  /** `.<cluster suffix>.<region>.rds.amazonaws.com`: discovered instances are `<id><domain>`. */
  readonly instanceDomain: string;
}

export interface ProxySqlConfigInput {
  readonly aurora: AuroraTopology;
  readonly users: readonly ProxySqlUser[];
  readonly monitorUsername: string;
  readonly monitorPasswordVariable: string;
  readonly adminPasswordVariable: string;
  /** Connections ProxySQL opens per backend per ProxySQL task (keep tasks x this under Aurora's max_connections). */
  readonly maxConnectionsPerBackend: number;
}

/** Derives the discovery domain from an Aurora cluster endpoint (`<name>.cluster-<suffix>.<region>.rds.amazonaws.com`). */
export function auroraInstanceDomain(clusterEndpoint: string): string {
  // The reader endpoint (`cluster-ro-`) would give a domain with `ro-` in it: refuse it.
  const match = /^[^.]+\.cluster-(?!ro-)(.+)$/.exec(clusterEndpoint);
  if (!match) {
    throw new Error(`not an Aurora cluster endpoint: ${clusterEndpoint}`);
  }
  return `.${match[1]}`;
}

export function proxySqlConfig(input: ProxySqlConfigInput): string {
  const users = input.users
    .map(
      (user) =>
        `  { username = "${user.username}", password = "${user.passwordVariable}", default_hostgroup = ${user.defaultHostgroup}, transaction_persistent = 1, active = 1 }`,
    )
    .join(',\n');
  return `datadir = "/var/lib/proxysql"

admin_variables =
{
  # Admin stays on loopback; never reachable from the VPC.
  admin_credentials = "admin:${input.adminPasswordVariable}"
  mysql_ifaces = "127.0.0.1:6032"
}

mysql_variables =
{
  interfaces = "0.0.0.0:${PROXYSQL_PORT}"
  server_version = "8.0.36"
  monitor_username = "${input.monitorUsername}"
  monitor_password = "${input.monitorPasswordVariable}"
  monitor_ping_interval = 5000
  monitor_connect_interval = 10000
  multiplexing = true
  # Unparsed SETs must not pin a session to a hostgroup: routing is by user anyway.
  set_query_lock_on_hostgroup = 0
  connect_retries_on_failure = 10
  connect_timeout_server = 3000
  free_connections_pct = 10
  max_connections = 10000
  default_query_timeout = 60000
  max_transaction_time = 300000
  threads = 4
}

mysql_servers =
(
  { address = "${input.aurora.writerInstanceEndpoint}", port = 3306, hostgroup = ${WRITER_HOSTGROUP}, max_connections = ${input.maxConnectionsPerBackend} }
)

# Aurora auto-discovery: the monitor reads INFORMATION_SCHEMA.REPLICA_HOST_STATUS, follows
# failovers and adds readers that auto-scaling creates to the reader hostgroup.
mysql_aws_aurora_hostgroups =
(
  { writer_hostgroup = ${WRITER_HOSTGROUP}, reader_hostgroup = ${READER_HOSTGROUP}, active = 1, aurora_port = 3306, domain_name = "${input.aurora.instanceDomain}", max_lag_ms = 10000, check_interval_ms = 1000, check_timeout_ms = 800, writer_is_also_reader = 0, new_reader_weight = 1, comment = "pitchdesk" }
)

mysql_users =
(
${users}
)
`;
}
