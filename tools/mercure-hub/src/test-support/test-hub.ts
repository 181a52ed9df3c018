import { randomBytes } from 'node:crypto';
import { SignJWT } from 'jose';
import type { HubConfig } from '../config.ts';
import { startHub, type RunningHub } from '../hub.ts';

export interface TestHub {
  readonly hub: RunningHub;
  readonly config: HubConfig;
  /** A JWT signed with the publisher key, carrying `mercure.publish`. */
  publisherJwt(publish?: readonly string[]): Promise<string>;
  /** A JWT signed with the subscriber key, carrying `mercure.subscribe`. */
  subscriberJwt(
    subscribe?: readonly string[],
    expiresInSeconds?: number,
  ): Promise<string>;
  /** POSTs a form to the hub with a publisher JWT for every topic unless `headers` say otherwise. */
  publish(
    form: Record<string, string | readonly string[]>,
    headers?: Record<string, string>,
  ): Promise<Response>;
  stop(): Promise<void>;
}

/** Starts a real hub on a random loopback port with fresh random keys. */
export async function startTestHub(
  overrides: Partial<HubConfig> = {},
): Promise<TestHub> {
  const config: HubConfig = {
    host: '127.0.0.1',
    port: 0,
    publisherKey: randomBytes(32).toString('hex'),
    subscriberKey: randomBytes(32).toString('hex'),
    corsOrigins: [],
    heartbeatMs: 60_000,
    historySize: 100,
    allowAnonymous: true,
    ...overrides,
  };
  const hub = await startHub(config);
  const publisherJwt = (publish: readonly string[] = ['*']) =>
    signJwt(config.publisherKey, { publish });

  return {
    hub,
    config,
    publisherJwt,
    subscriberJwt: (subscribe = [], expiresInSeconds) =>
      signJwt(config.subscriberKey, { subscribe }, expiresInSeconds),
    publish: async (form, headers) =>
      fetch(hub.url, {
        method: 'POST',
        headers: headers ?? {
          Authorization: `Bearer ${await publisherJwt()}`,
          'Content-Type': 'application/x-www-form-urlencoded',
        },
        body: formBody(form),
      }),
    stop: () => hub.close(),
  };
}

export function signJwt(
  key: string,
  mercure: Record<string, unknown>,
  expiresInSeconds?: number,
): Promise<string> {
  const jwt = new SignJWT({ mercure })
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuedAt();
  if (expiresInSeconds !== undefined) {
    jwt.setExpirationTime(Math.floor(Date.now() / 1000) + expiresInSeconds);
  }
  return jwt.sign(new TextEncoder().encode(key));
}

export function formBody(
  form: Record<string, string | readonly string[]>,
): URLSearchParams {
  const body = new URLSearchParams();
  for (const [name, value] of Object.entries(form)) {
    for (const item of typeof value === 'string' ? [value] : value) {
      body.append(name, item);
    }
  }
  return body;
}

export function subscribeUrl(
  hub: RunningHub,
  topics: readonly string[],
  extra: Record<string, string> = {},
): string {
  const url = new URL(hub.url);
  for (const topic of topics) {
    url.searchParams.append('topic', topic);
  }
  for (const [name, value] of Object.entries(extra)) {
    url.searchParams.append(name, value);
  }
  return url.toString();
}
