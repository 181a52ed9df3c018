import { Inject, Injectable } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { APP_CONFIG } from '../config/app-config';
import type { AppConfig } from '../config/app-config';
import { readCookie, serializeCookie } from './cookies';
import type { CookieAttributes } from './cookies';

export const SESSION_COOKIE = 'pd_session';

/** Staff routes live under this path, and only they receive the session cookie. */
export const STAFF_PATH = '/api/staff';

const LOOPBACK_HOSTS = new Set(['127.0.0.1', '::1', 'localhost']);

/**
 * The session cookie: HttpOnly (no script reads it), Secure, Path=/api/staff (sent to
 * staff routes only, not to guests' routes or the hub), SameSite=Strict: the console and
 * the API share one origin, so no legitimate request ever comes from another site, and
 * Strict keeps the cookie off even top-level cross-site navigations (Lax would not).
 */
@Injectable()
export class SessionCookie {
  private readonly attributes: Omit<CookieAttributes, 'maxAgeSeconds'>;
  private readonly maxAgeSeconds: number;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    if (!config.PD_STAFF_COOKIE_SECURE && !LOOPBACK_HOSTS.has(config.PD_HTTP_HOST)) {
      throw new Error(`PD_STAFF_COOKIE_SECURE=false is for a developer's loopback API only, not PD_HTTP_HOST=${config.PD_HTTP_HOST}`);
    }
    this.attributes = { path: STAFF_PATH, httpOnly: true, secure: config.PD_STAFF_COOKIE_SECURE, sameSite: 'Strict' };
    this.maxAgeSeconds = config.PD_STAFF_SESSION_ABSOLUTE_SECONDS;
  }

  read(request: FastifyRequest): string | undefined {
    return readCookie(request.headers.cookie, SESSION_COOKIE);
  }

  /** The browser forgets it at the absolute end; the server ends it earlier when idle. */
  set(reply: FastifyReply, sessionId: string): void {
    void reply.header('set-cookie', serializeCookie(SESSION_COOKIE, sessionId, { ...this.attributes, maxAgeSeconds: this.maxAgeSeconds }));
  }

  clear(reply: FastifyReply): void {
    void reply.header('set-cookie', serializeCookie(SESSION_COOKIE, '', { ...this.attributes, maxAgeSeconds: 0 }));
  }
}
