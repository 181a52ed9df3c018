import { ConfigError, loadConfig } from './config.ts';

const KEYS = { PD_HUB_PUBLISHER_KEY: 'pub', PD_HUB_SUBSCRIBER_KEY: 'sub' };

describe('loadConfig', () => {
  it('applies the documented defaults', () => {
    expect(loadConfig(KEYS)).toEqual({
      host: '127.0.0.1',
      port: 28110,
      publisherKey: 'pub',
      subscriberKey: 'sub',
      corsOrigins: [],
      heartbeatMs: 15_000,
      historySize: 1_000,
      allowAnonymous: true,
    });
  });

  it('reads every variable', () => {
    const config = loadConfig({
      ...KEYS,
      PD_HUB_HOST: '0.0.0.0',
      PD_HUB_PORT: '4000',
      PD_HUB_CORS_ORIGINS: 'http://127.0.0.1:28101/, http://127.0.0.1:28102,,',
      PD_HUB_HEARTBEAT_MS: '250',
      PD_HUB_HISTORY_SIZE: '0',
      PD_HUB_ALLOW_ANONYMOUS: 'false',
    });
    expect(config).toMatchObject({
      host: '0.0.0.0',
      port: 4000,
      corsOrigins: ['http://127.0.0.1:28101', 'http://127.0.0.1:28102'],
      heartbeatMs: 250,
      historySize: 0,
      allowAnonymous: false,
    });
  });

  it.each([
    ['PD_HUB_PUBLISHER_KEY', { PD_HUB_SUBSCRIBER_KEY: 'sub' }],
    ['PD_HUB_SUBSCRIBER_KEY', { PD_HUB_PUBLISHER_KEY: 'pub' }],
    ['PD_HUB_SUBSCRIBER_KEY', { ...KEYS, PD_HUB_SUBSCRIBER_KEY: '  ' }],
  ])('names the missing %s', (name, env) => {
    expect(() => loadConfig(env)).toThrow(
      new ConfigError(
        `${name} is required (the HS256 key the hub verifies JWTs with)`,
      ),
    );
  });

  it.each([
    ['PD_HUB_PORT', 'http'],
    ['PD_HUB_PORT', '70000'],
    ['PD_HUB_HEARTBEAT_MS', '0'],
    ['PD_HUB_HEARTBEAT_MS', '1.5'],
    ['PD_HUB_HISTORY_SIZE', '-1'],
    ['PD_HUB_ALLOW_ANONYMOUS', 'yes'],
  ])('rejects %s=%s, naming the variable', (name, value) => {
    expect(() => loadConfig({ ...KEYS, [name]: value })).toThrow(
      new RegExp(`^${name} must`),
    );
  });
});
