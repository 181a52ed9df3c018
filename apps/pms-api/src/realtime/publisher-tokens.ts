import { SignJWT } from 'jose';

interface CachedToken {
  readonly jwt: string;
  readonly refreshAt: number;
}

const MAX_CACHED_TOPICS = 1_000;

/**
 * Short-lived publisher JWTs (HS256, `mercure.publish: [topic]`), one per topic, reused
 * until half their lifetime has passed, so a publish rarely pays for signing and a
 * leaked token is good for minutes only.
 */
export class PublisherTokens {
  private readonly cache = new Map<string, CachedToken>();

  constructor(
    private readonly key: Uint8Array,
    private readonly lifetimeSeconds = 600,
    private readonly now: () => number = Date.now,
  ) {}

  async tokenFor(topic: string): Promise<string> {
    const nowMs = this.now();
    const cached = this.cache.get(topic);
    if (cached && cached.refreshAt > nowMs) {
      return cached.jwt;
    }
    const issuedAt = Math.floor(nowMs / 1000);
    const jwt = await new SignJWT({ mercure: { publish: [topic] } })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setIssuedAt(issuedAt)
      .setExpirationTime(issuedAt + this.lifetimeSeconds)
      .sign(this.key);
    if (!cached && this.cache.size >= MAX_CACHED_TOPICS) {
      // Oldest first (insertion order): bounded memory whatever the number of properties.
      const oldest = this.cache.keys().next();
      if (!oldest.done) {
        this.cache.delete(oldest.value);
      }
    }
    this.cache.set(topic, { jwt, refreshAt: nowMs + (this.lifetimeSeconds * 1000) / 2 });
    return jwt;
  }
}
