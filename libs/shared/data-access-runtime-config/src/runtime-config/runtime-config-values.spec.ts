import { joinApiUrl, parseRuntimeConfig } from './runtime-config-values';

describe('parseRuntimeConfig', () => {
  it('accepts the shipped default', () => {
    expect(parseRuntimeConfig({ apiBaseUrl: '/api', hubUrl: '/.well-known/mercure', propertySlug: 'lago-verde' })).toEqual({
      apiBaseUrl: '/api',
      hubUrl: '/.well-known/mercure',
      propertySlug: 'lago-verde',
    });
  });

  it('drops keys it does not know', () => {
    expect(parseRuntimeConfig({ apiBaseUrl: '/api', hubUrl: '/hub', propertySlug: 'x', stage: 'prod' })).toEqual({
      apiBaseUrl: '/api',
      hubUrl: '/hub',
      propertySlug: 'x',
    });
  });

  it.each([
    ['null', null, 'must be a JSON object'],
    ['an array', [], 'must be a JSON object'],
    ['an HTML page served for a missing file', '<!doctype html>', 'must be a JSON object'],
    ['a missing hub', { apiBaseUrl: '/api', propertySlug: 'x' }, 'hubUrl'],
    ['a missing property', { apiBaseUrl: '/api', hubUrl: '/hub' }, 'propertySlug'],
    ['an empty API base', { apiBaseUrl: '', hubUrl: '/hub', propertySlug: 'x' }, 'apiBaseUrl'],
    ['numbers', { apiBaseUrl: 1, hubUrl: 2, propertySlug: 3 }, 'apiBaseUrl, hubUrl, propertySlug'],
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
