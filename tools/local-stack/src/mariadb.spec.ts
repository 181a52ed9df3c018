import { renderMyCnf } from './mariadb.ts';

const base = {
  port: 41113,
  dataDir: '/d/data',
  tmpDir: '/d/tmp',
  socket: '/d/s.sock',
  pidFile: '/d/p.pid',
  logError: '/d/e.log',
};

describe('renderMyCnf', () => {
  it('makes a writable primary with GTID binlogging on loopback', () => {
    const cnf = renderMyCnf({ ...base, role: 'primary', runAsRoot: true }).split('\n');
    expect(cnf[0]).toBe('[mariadbd]');
    expect(cnf).toEqual(
      expect.arrayContaining(['user=root', 'datadir=/d/data', 'tmpdir=/d/tmp', 'port=41113', 'bind-address=127.0.0.1', 'server_id=1', 'read_only=0', 'gtid_strict_mode=1', 'log_bin=binlog', 'binlog_format=ROW']),
    );
  });

  it('makes a read-only replica with its own server id, and no user=root unless root', () => {
    const cnf = renderMyCnf({ ...base, role: 'replica', runAsRoot: false }).split('\n');
    expect(cnf).toEqual(expect.arrayContaining(['server_id=2', 'read_only=1', 'log_slave_updates=1']));
    expect(cnf).not.toContain('user=root');
  });
});
