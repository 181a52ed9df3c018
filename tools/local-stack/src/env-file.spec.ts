import { loadConfig } from './config.ts';
import { buildStackEnv, formatEnvFile, parseEnvFile } from './env-file.ts';

const secrets = {
  dbAppPassword: 'a1b2c3d4e5f60718',
  dbReplicationPassword: 'ffffeeeeddddcccc',
  hubPublisherKey: '0123456789abcdef0123',
  hubSubscriberKey: 'fedcba9876543210fedc',
  manageTokenKey: '00112233445566778899aabbccddeeff',
};

describe('buildStackEnv', () => {
  it('gives the variables of docs/local-stack.md for the default ports', () => {
    const config = loadConfig({ PD_STACK_DIR: '/tmp/pd-stack-doc' });
    expect(buildStackEnv(config, secrets)).toEqual({
      PD_HTTP_PORT: '28100',
      PD_BOOKING_ENGINE_PORT: '28101',
      PD_PMS_CONSOLE_PORT: '28102',
      PD_DB_PRIMARY_URL: 'mysql://pitchdesk:a1b2c3d4e5f60718@127.0.0.1:28113/pitchdesk',
      PD_DB_REPLICA_URL: 'mysql://pitchdesk:a1b2c3d4e5f60718@127.0.0.1:28114/pitchdesk',
      PD_DB_PRIMARY_ADMIN_SOCKET: '/tmp/pd-stack-doc/primary/mariadbd.sock',
      PD_DB_REPLICA_ADMIN_SOCKET: '/tmp/pd-stack-doc/replica/mariadbd.sock',
      PD_MEMCACHED_SERVERS: '127.0.0.1:28112',
      PD_HUB_URL: 'http://127.0.0.1:28110/.well-known/mercure',
      PD_HUB_PUBLISHER_KEY: '0123456789abcdef0123',
      PD_HUB_SUBSCRIBER_KEY: 'fedcba9876543210fedc',
      PD_SES_ENDPOINT: 'http://127.0.0.1:28111',
      PD_AWS_REGION: 'eu-south-1',
      PD_MANAGE_TOKEN_KEY: '00112233445566778899aabbccddeeff',
    });
  });

  it('follows port overrides', () => {
    const config = loadConfig({ PD_PORT_BASE: '41000', PD_MEMCACHED_PORT: '41999' });
    const env = buildStackEnv(config, secrets);
    expect(env['PD_DB_REPLICA_URL']).toContain('@127.0.0.1:41014/');
    expect(env['PD_MEMCACHED_SERVERS']).toBe('127.0.0.1:41999');
  });
});

describe('formatEnvFile / parseEnvFile', () => {
  it('round-trips, with comments as header', () => {
    const vars = { PD_A: 'mysql://u:p@127.0.0.1:1/db', PD_B: '', PD_C: 'x=y' };
    const text = formatEnvFile(vars, ['generated']);
    expect(text).toBe('# generated\nPD_A=mysql://u:p@127.0.0.1:1/db\nPD_B=\nPD_C=x=y\n');
    expect(parseEnvFile(text)).toEqual(vars);
  });

  it('refuses values that would need quoting', () => {
    expect(() => formatEnvFile({ PD_A: 'two words' })).toThrow(/PD_A/);
    expect(() => formatEnvFile({ PD_A: 'a#b' })).toThrow(/quoting/);
    expect(() => formatEnvFile({ PD_A: '$HOME' })).toThrow(/quoting/);
    expect(() => formatEnvFile({ 'pd-a': 'x' })).toThrow(/variable name/);
  });

  it('reads hand-edited files: export, quotes, CRLF, blank lines', () => {
    expect(parseEnvFile('export PD_A="x y"\r\n\r\n  # note\nPD_B=\'z\'\nPD_C = 1\n')).toEqual({
      PD_A: 'x y',
      PD_B: 'z',
      PD_C: '1',
    });
  });

  it('rejects a line without a key', () => {
    expect(() => parseEnvFile('=value')).toThrow(/KEY=value/);
    expect(() => parseEnvFile('JUSTAWORD')).toThrow(/KEY=value/);
  });
});
