import { describe, expect, it } from 'vitest';
import { OptionsError, parseOptions } from './options.ts';

describe('parseOptions', () => {
  it('takes everything from flags', () => {
    const options = parseOptions(
      ['--dist', 'dist/apps/booking-engine/browser', '--port', '28101', '--api', 'http://127.0.0.1:28100', '--hub', 'http://127.0.0.1:28110', '--property', 'lago-verde'],
      {},
      '/repo',
    );
    expect(options).toEqual({
      distDir: '/repo/dist/apps/booking-engine/browser',
      host: '127.0.0.1',
      port: 28101,
      apiUpstream: 'http://127.0.0.1:28100',
      hubUpstream: 'http://127.0.0.1:28110',
      runtimeConfig: { apiBaseUrl: '/api', hubUrl: '/.well-known/mercure', propertySlug: 'lago-verde' },
      defaultLocale: 'en',
    });
  });

  it('falls back to PD_WEB_* variables, then to the local stack’s variables', () => {
    const env = {
      PD_WEB_DIST: '/abs/dist',
      PD_WEB_PORT: '0',
      PD_WEB_PROPERTY: 'prato-fiorito',
      PD_HTTP_PORT: '38100',
      PD_HUB_URL: 'http://127.0.0.1:38110/.well-known/mercure',
    };
    const options = parseOptions([], env);
    expect(options.distDir).toBe('/abs/dist');
    expect(options.port).toBe(0);
    expect(options.runtimeConfig.propertySlug).toBe('prato-fiorito');
    expect(options.apiUpstream).toBe('http://127.0.0.1:38100');
    expect(options.hubUpstream).toBe('http://127.0.0.1:38110');
  });

  it('lets a flag win over its variable', () => {
    expect(parseOptions(['--dist', 'a', '--port', '1234'], { PD_WEB_PORT: '4321' }).port).toBe(1234);
  });

  it.each([
    [[], '--dist is required'],
    [['--dist', 'd', '--port', 'eighty'], '--port must be 0-65535'],
    [['--dist', 'd', '--port', '70000'], '--port must be 0-65535'],
    [['--dist', 'd', '--api', 'localhost:28100'], '--api must be an http(s) URL'],
    [['--dist', 'd', '--hub', 'ftp://x'], '--hub must be an http(s) URL'],
    [['--dist', 'd', '--dist-dir', 'x'], "Unknown option '--dist-dir'"],
  ])('rejects %j: %s', (argv, message) => {
    expect(() => parseOptions(argv, {})).toThrow(OptionsError);
    expect(() => parseOptions(argv, {})).toThrow(message);
  });
});
