import { describe, expect, it } from 'vitest';
import { decodeProtectedHeader, jwtVerify } from 'jose';
import { subscriberToken } from './subscriber-token';

const key = new TextEncoder().encode('s'.repeat(32));
const topic = 'https://pitchdesk.app/properties/p1/staff';

describe('subscriberToken', () => {
  it('lets the bearer subscribe to exactly the given topics, for the given lifetime', async () => {
    const now = Date.UTC(2026, 6, 1, 12);
    const jwt = await subscriberToken(key, [topic], 300, now);
    const { payload } = await jwtVerify(jwt, key, { algorithms: ['HS256'], currentDate: new Date(now) });
    expect(decodeProtectedHeader(jwt).alg).toBe('HS256');
    expect(payload['mercure']).toEqual({ subscribe: [topic] });
    expect(payload.iat).toBe(now / 1000);
    expect(payload.exp).toBe(now / 1000 + 300);
  });

  it('gives no right to publish', async () => {
    const jwt = await subscriberToken(key, [topic], 300, Date.now());
    const { payload } = await jwtVerify(jwt, key);
    expect(payload['mercure']).not.toHaveProperty('publish');
  });

  it('is refused under another key (the publisher key must not open private topics)', async () => {
    const jwt = await subscriberToken(key, [topic], 300, Date.now());
    await expect(jwtVerify(jwt, new TextEncoder().encode('p'.repeat(32)))).rejects.toThrow();
  });
});
