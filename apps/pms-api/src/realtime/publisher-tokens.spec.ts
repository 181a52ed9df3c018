import { describe, expect, it } from 'vitest';
import { decodeJwt, decodeProtectedHeader, jwtVerify } from 'jose';
import { PublisherTokens } from './publisher-tokens';

const key = new TextEncoder().encode('k'.repeat(32));
const topic = 'https://pitchdesk.app/properties/p1/availability';

describe('PublisherTokens', () => {
  it('signs an HS256 token allowed to publish to exactly the topic', async () => {
    const jwt = await new PublisherTokens(key).tokenFor(topic);
    const { payload } = await jwtVerify(jwt, key, { algorithms: ['HS256'] });
    expect(decodeProtectedHeader(jwt).alg).toBe('HS256');
    expect(payload['mercure']).toEqual({ publish: [topic] });
    expect((payload.exp ?? 0) - (payload.iat ?? 0)).toBe(600);
  });

  it('reuses a token for half its lifetime, then signs a fresh one', async () => {
    let now = Date.UTC(2026, 6, 1);
    const tokens = new PublisherTokens(key, 600, () => now);
    const first = await tokens.tokenFor(topic);
    now += 299_000;
    expect(await tokens.tokenFor(topic)).toBe(first);
    now += 2_000;
    const fresh = await tokens.tokenFor(topic);
    expect(fresh).not.toBe(first);
    expect(decodeJwt(fresh).iat).toBe(Math.floor(now / 1000));
  });

  it('keeps one token per topic', async () => {
    const tokens = new PublisherTokens(key);
    const other = 'https://pitchdesk.app/properties/p2/availability';
    expect(decodeJwt(await tokens.tokenFor(other))['mercure']).toEqual({ publish: [other] });
    expect(decodeJwt(await tokens.tokenFor(topic))['mercure']).toEqual({ publish: [topic] });
  });
});
