import { describe, expect, it } from 'vitest';
import { randomToken, sessionTtlSeconds } from './session-store';

describe('sessionTtlSeconds', () => {
  const now = 1_000_000;
  it.each([
    ['idle time when the absolute end is far', now + 12 * 3_600_000, 1_800, 1_800],
    ['what is left when the absolute end is nearer', now + 90_500, 1_800, 91],
    ['at least a second, never 0 (which memcached reads as "never expires")', now + 10, 1_800, 1],
    ['at least a second after the end too (the read check refuses it)', now - 5_000, 1_800, 1],
  ])('is the %s', (_what, expiresAt, idle, expected) => {
    expect(sessionTtlSeconds(now, expiresAt, idle)).toBe(expected);
  });
});

describe('randomToken', () => {
  it('is 32 random bytes in base64url (43 characters), different each time', () => {
    const tokens = new Set(Array.from({ length: 100 }, randomToken));
    expect(tokens.size).toBe(100);
    for (const token of tokens) {
      expect(token).toMatch(/^[\w-]{43}$/);
    }
  });
});
