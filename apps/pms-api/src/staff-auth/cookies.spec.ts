import { describe, expect, it } from 'vitest';
import { readCookie, serializeCookie } from './cookies';

describe('readCookie', () => {
  it.each([
    [undefined, undefined],
    ['', undefined],
    ['pd_session=abc', 'abc'],
    ['theme=dark; pd_session=abc-_1; lang=it', 'abc-_1'],
    ['  pd_session = abc ', 'abc'],
    ['xpd_session=abc', undefined],
    ['pd_session_old=abc', undefined],
    ['pd_session=first; pd_session=second', 'first'],
    ['=abc; pd_session', undefined],
  ])('in %j finds %j', (header, expected) => {
    expect(readCookie(header, 'pd_session')).toBe(expected);
  });
});

describe('serializeCookie', () => {
  it('writes every attribute the session cookie needs', () => {
    expect(
      serializeCookie('pd_session', 'abc_-1', { path: '/api/staff', maxAgeSeconds: 43_200, httpOnly: true, secure: true, sameSite: 'Strict' }),
    ).toBe('pd_session=abc_-1; Path=/api/staff; Max-Age=43200; HttpOnly; Secure; SameSite=Strict');
  });

  it('leaves out Secure and HttpOnly when asked to (plain-http development only)', () => {
    expect(serializeCookie('c', '', { path: '/', maxAgeSeconds: 0, httpOnly: false, secure: false, sameSite: 'Lax' })).toBe(
      'c=; Path=/; Max-Age=0; SameSite=Lax',
    );
  });

  it('refuses a value that could break out of the cookie', () => {
    expect(() =>
      serializeCookie('c', 'a; Domain=evil.example', { path: '/', maxAgeSeconds: 1, httpOnly: true, secure: true, sameSite: 'Strict' }),
    ).toThrow(/not base64url/);
  });
});
