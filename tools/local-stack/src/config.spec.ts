import { loadConfig, resolvePorts } from './config.ts';

describe('resolvePorts', () => {
  it('defaults to the block of docs/local-stack.md', () => {
    expect(resolvePorts({})).toEqual({
      http: 39100,
      bookingEngine: 39101,
      pmsConsole: 39102,
      hub: 39110,
      ses: 39111,
      memcached: 39112,
      dbPrimary: 39113,
      dbReplica: 39114,
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
    expect(() => resolvePorts({ PD_HUB_PORT: '39111' })).toThrow(/share a port/);
  });
});

describe('loadConfig', () => {
  it('puts data under .local/stack of the workspace unless PD_STACK_DIR says otherwise', () => {
    expect(loadConfig({}).stackDir).toMatch(/\/\.local\/stack$/);
    expect(loadConfig({ PD_STACK_DIR: '/tmp/elsewhere' }).stackDir).toBe('/tmp/elsewhere');
  });
});
