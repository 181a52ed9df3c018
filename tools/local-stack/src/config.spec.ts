import { loadConfig, resolvePorts } from './config.ts';

describe('resolvePorts', () => {
  it('defaults to the block of docs/local-stack.md', () => {
    expect(resolvePorts({})).toEqual({
      http: 28100,
      bookingEngine: 28101,
      pmsConsole: 28102,
      hub: 28110,
      ses: 28111,
      memcached: 28112,
      dbPrimary: 28113,
      dbReplica: 28114,
    });
  });

  it('moves the whole block with PD_PORT_BASE, and single ports with their variable', () => {
    const ports = resolvePorts({ PD_PORT_BASE: '40000', PD_DB_REPLICA_PORT: '45000' });
    expect(ports.hub).toBe(40010);
    expect(ports.dbPrimary).toBe(40013);
    expect(ports.dbReplica).toBe(45000);
  });

  it('rejects ports that are not ports, and two services on one port', () => {
    expect(() => resolvePorts({ PD_HUB_PORT: 'abc' })).toThrow(/PD_HUB_PORT=abc/);
    expect(() => resolvePorts({ PD_HUB_PORT: '70000' })).toThrow(/PD_HUB_PORT/);
    expect(() => resolvePorts({ PD_PORT_BASE: '65530' })).toThrow(/PD_PORT_BASE/);
    expect(() => resolvePorts({ PD_HUB_PORT: '28111' })).toThrow(/share a port/);
  });
});

describe('loadConfig', () => {
  it('puts data under .local/stack of the workspace unless PD_STACK_DIR says otherwise', () => {
    expect(loadConfig({}).stackDir).toMatch(/\/\.local\/stack$/);
    expect(loadConfig({ PD_STACK_DIR: '/tmp/elsewhere' }).stackDir).toBe('/tmp/elsewhere');
  });
});
