import { describe, expect, it } from 'vitest';
import { crossOriginReason, isWrite, tokensMatch } from './csrf';

describe('isWrite', () => {
  it.each([
    ['GET', false],
    ['head', false],
    ['OPTIONS', false],
    ['POST', true],
    ['PUT', true],
    ['PATCH', true],
    ['DELETE', true],
  ])('%s is a write: %s', (method, expected) => {
    expect(isWrite(method)).toBe(expected);
  });
});

describe('crossOriginReason', () => {
  const host = 'camping.example.org';
  it.each([
    [{ secFetchSite: 'same-origin', origin: 'https://camping.example.org', host }, null],
    [{ secFetchSite: 'none', origin: undefined, host }, null],
    // Sec-Fetch-Site wins over Origin: a dev-server proxy rewrites Host, not Sec-Fetch-Site.
    [{ secFetchSite: 'same-origin', origin: 'http://127.0.0.1:28102', host: '127.0.0.1:28100' }, null],
    [{ secFetchSite: 'cross-site', origin: 'https://evil.example', host }, 'Sec-Fetch-Site is cross-site'],
    [{ secFetchSite: 'same-site', origin: 'https://book.example.org', host }, 'Sec-Fetch-Site is same-site'],
    [{ secFetchSite: undefined, origin: undefined, host }, null],
    [{ secFetchSite: undefined, origin: 'https://camping.example.org', host }, null],
    [{ secFetchSite: undefined, origin: 'https://evil.example', host }, 'Origin https://evil.example is not this host'],
    [{ secFetchSite: undefined, origin: 'null', host }, 'Origin null is not a URL'],
  ])('%j -> %j', (request, expected) => {
    expect(crossOriginReason(request)).toBe(expected);
  });
});

describe('tokensMatch', () => {
  it.each([
    ['abc', 'abc', true],
    ['abc', 'abd', false],
    ['abc', 'abcd', false],
    ['abc', '', false],
    ['abc', undefined, false],
  ])('%j and %j: %s', (expected, given, result) => {
    expect(tokensMatch(expected, given)).toBe(result);
  });
});
