import { describe, expect, it } from 'vitest';
import type { AppConfig } from '../config/app-config';
import { SessionCookie } from './session-cookie';

const config = (host: string, secure: boolean) =>
  ({ PD_HTTP_HOST: host, PD_STAFF_COOKIE_SECURE: secure, PD_STAFF_SESSION_ABSOLUTE_SECONDS: 43_200 }) as AppConfig;

describe('SessionCookie', () => {
  it.each(['127.0.0.1', '::1', 'localhost'])('may drop Secure for a developer API on %s', (host) => {
    expect(() => new SessionCookie(config(host, false))).not.toThrow();
  });

  it('refuses to drop Secure on an API that listens beyond loopback', () => {
    expect(() => new SessionCookie(config('0.0.0.0', false))).toThrow(/loopback API only/);
  });
});
