import { joinApiUrl, parseRuntimeConfig } from './runtime-config-values';

describe('parseRuntimeConfig', () => {
  it('accepts the shipped default', () => {
    expect(parseRuntimeConfig({ apiBaseUrl: '/api', hubUrl: '/.well-known/mercure' })).toEqual({
      apiBaseUrl: '/api',
      hubUrl: '/.well-known/mercure',
    });
  });

  it('drops keys it does not know', () => {
    expect(parseRuntimeConfig({ apiBaseUrl: '/api', hubUrl: '/hub', stage: 'prod' })).toEqual({
      apiBaseUrl: '/api',
      hubUrl: '/hub',
    });
  });

  it.each([
    ['null', null, 'must be a JSON object'],
    ['an array', [], 'must be a JSON object'],
    ['an HTML page served for a missing file', '<!doctype html>', 'must be a JSON object'],
    ['a missing hub', { apiBaseUrl: '/api' }, 'hubUrl'],
    ['an empty API base', { apiBaseUrl: '', hubUrl: '/hub' }, 'apiBaseUrl'],
    ['a number', { apiBaseUrl: 1, hubUrl: 2 }, 'apiBaseUrl, hubUrl'],
  ])('rejects %s', (_name, raw, message) => {
    expect(() => parseRuntimeConfig(raw)).toThrow(message);
  });
});

describe('joinApiUrl', () => {
  it.each([
    ['/api', 'health', '/api/health'],
    ['/api/', 'health', '/api/health'],
    ['/api', '/health', '/api/health'],
    ['https://api.example.test/v1/', '/health', 'https://api.example.test/v1/health'],
  ])('%s + %s -> %s', (base, path, url) => {
    expect(joinApiUrl(base, path)).toBe(url);
  });
});
