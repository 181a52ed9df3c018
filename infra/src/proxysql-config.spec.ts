import { describe, expect, it } from 'vitest';
import { READER_HOSTGROUP, WRITER_HOSTGROUP, auroraInstanceDomain, proxySqlConfig } from './proxysql-config.ts';

describe('auroraInstanceDomain', () => {
  it('strips the cluster name and "cluster-" so discovered instance ids can be appended', () => {
    expect(auroraInstanceDomain('pitchdesk-db.cluster-c1a2b3.eu-south-1.rds.amazonaws.com')).toBe('.c1a2b3.eu-south-1.rds.amazonaws.com');
  });

  it.each(['pitchdesk-db.cluster-ro-c1a2b3.eu-south-1.rds.amazonaws.com', 'writer.c1a2b3.eu-south-1.rds.amazonaws.com'])('rejects %s (not a writer cluster endpoint)', (endpoint) => {
    expect(() => auroraInstanceDomain(endpoint)).toThrow(/not an Aurora cluster endpoint/);
  });
});

describe('proxySqlConfig', () => {
  const config = proxySqlConfig({
    aurora: { writerInstanceEndpoint: 'db-writer.c1a2b3.eu-south-1.rds.amazonaws.com', instanceDomain: '.c1a2b3.eu-south-1.rds.amazonaws.com' },
    users: [
      { username: 'app_rw', passwordVariable: '${RW}', defaultHostgroup: WRITER_HOSTGROUP },
      { username: 'app_ro', passwordVariable: '${RO}', defaultHostgroup: READER_HOSTGROUP },
    ],
    monitorUsername: 'monitor',
    monitorPasswordVariable: '${MON}',
    adminPasswordVariable: '${ADMIN}',
    maxConnectionsPerBackend: 250,
  });

  it('seeds the writer instance and lets Aurora discovery manage both hostgroups', () => {
    expect(config).toContain('{ address = "db-writer.c1a2b3.eu-south-1.rds.amazonaws.com", port = 3306, hostgroup = 10, max_connections = 250 }');
    expect(config).toMatch(/mysql_aws_aurora_hostgroups =\s*\(\s*\{ writer_hostgroup = 10, reader_hostgroup = 20, active = 1, aurora_port = 3306, domain_name = "\.c1a2b3\.eu-south-1\.rds\.amazonaws\.com"/);
  });

  it('routes by user: each user lands in its own hostgroup and keeps transactions there', () => {
    expect(config).toContain('{ username = "app_rw", password = "${RW}", default_hostgroup = 10, transaction_persistent = 1, active = 1 }');
    expect(config).toContain('{ username = "app_ro", password = "${RO}", default_hostgroup = 20, transaction_persistent = 1, active = 1 }');
    expect(config).not.toContain('mysql_query_rules');
  });

  it('keeps the admin interface on loopback, multiplexes, and does not pin sessions on unparsed SETs', () => {
    expect(config).toContain('mysql_ifaces = "127.0.0.1:6032"');
    expect(config).toContain('admin_credentials = "admin:${ADMIN}"');
    expect(config).toContain('multiplexing = true');
    expect(config).toContain('set_query_lock_on_hostgroup = 0');
    expect(config).toContain('monitor_password = "${MON}"');
  });
});
