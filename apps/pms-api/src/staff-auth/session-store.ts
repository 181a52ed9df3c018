import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import * as z from 'zod';
import { MEMCACHED } from '../cache/cache.module';
import type { MemcachedClient } from '../cache/cache.module';
import { APP_CONFIG } from '../config/app-config';
import type { AppConfig } from '../config/app-config';
import { staffKeyPrefix } from './memcached-keys';

/** What memcached keeps per session. The role is not in it: it is read fresh each request. */
const storedSessionSchema = z.object({
  userId: z.string(),
  generation: z.number().int(),
  csrfToken: z.string(),
  /** Epoch milliseconds; the absolute end, enforced here to the millisecond. */
  expiresAt: z.number(),
});
export type StoredSession = z.infer<typeof storedSessionSchema>;

/** The session store could not be reached; callers decide what that means for their request. */
export class SessionStoreUnavailable extends Error {
  constructor(cause: unknown) {
    super(`session store unavailable: ${String(cause)}`, { cause });
    this.name = 'SessionStoreUnavailable';
  }
}

/** 32 random bytes, base64url: 43 characters. */
const SESSION_ID = /^[\w-]{43}$/;

/** 256 random bits, base64url: session ids and CSRF tokens. */
export const randomToken = (): string => randomBytes(32).toString('base64url');

/**
 * Memcached expiry for a session: the idle time, but never past the absolute end.
 * Memcached counts whole seconds, so the absolute end is also checked on every read.
 */
export function sessionTtlSeconds(nowMs: number, expiresAtMs: number, idleSeconds: number): number {
  return Math.max(1, Math.min(idleSeconds, Math.ceil((expiresAtMs - nowMs) / 1000)));
}

/**
 * Staff sessions in memcached, shared by every API instance. Keys are a hash of the
 * session id, so a look at the cache's contents yields no usable cookie.
 */
@Injectable()
export class SessionStore {
  private readonly prefix: string;

  constructor(
    @Inject(MEMCACHED) private readonly memcached: MemcachedClient,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.prefix = `${staffKeyPrefix(config)}-session:`;
  }

  async create(userId: string, generation: number, nowMs: number = Date.now()): Promise<{ id: string; session: StoredSession }> {
    const id = randomToken();
    const session: StoredSession = {
      userId,
      generation,
      csrfToken: randomToken(),
      expiresAt: nowMs + this.config.PD_STAFF_SESSION_ABSOLUTE_SECONDS * 1000,
    };
    const expires = sessionTtlSeconds(nowMs, session.expiresAt, this.config.PD_STAFF_SESSION_IDLE_SECONDS);
    await this.call(() => this.memcached.set(this.keyOf(id), JSON.stringify(session), { expires }));
    return { id, session };
  }

  /** The live session with that id, its idle timer restarted; null if there is none. */
  async find(id: string, nowMs: number = Date.now()): Promise<StoredSession | null> {
    if (!SESSION_ID.test(id)) {
      return null;
    }
    const { value } = await this.call(() => this.memcached.get(this.keyOf(id)));
    const session = value ? parseStored(value) : null;
    if (!session) {
      return null;
    }
    if (session.expiresAt <= nowMs) {
      await this.destroy(id);
      return null;
    }
    // touch, never set: a request racing a sign-out must not bring the session back.
    const touched = await this.call(() =>
      this.memcached.touch(this.keyOf(id), sessionTtlSeconds(nowMs, session.expiresAt, this.config.PD_STAFF_SESSION_IDLE_SECONDS)),
    );
    return touched ? session : null;
  }

  async destroy(id: string): Promise<void> {
    if (SESSION_ID.test(id)) {
      await this.call(() => this.memcached.delete(this.keyOf(id)));
    }
  }

  private keyOf(id: string): string {
    return this.prefix + createHash('sha256').update(id).digest('base64url');
  }

  private async call<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      throw new SessionStoreUnavailable(error);
    }
  }
}

function parseStored(value: Buffer): StoredSession | null {
  try {
    return storedSessionSchema.parse(JSON.parse(value.toString('utf8')));
  } catch {
    // Written by another release in another shape, or damaged: no session.
    return null;
  }
}
