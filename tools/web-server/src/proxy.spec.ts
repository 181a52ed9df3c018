import { get } from 'node:http';
import { gunzipSync } from 'node:zlib';
import { createParser } from 'eventsource-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { parseOptions } from './options.ts';
import { createWebServer } from './server.ts';
import { localizedDist } from './test-support/fake-dist.ts';
import { startUpstream } from './test-support/upstream.ts';
import type { Upstream } from './test-support/upstream.ts';

interface EventReader {
  /** Resolves with the next event's data; rejects if the stream ends first. */
  next(): Promise<string>;
  readonly ended: Promise<void>;
}

/** Reads an event stream as a browser's EventSource would, one event at a time. */
function readEvents(body: ReadableStream<Uint8Array>): EventReader {
  const queued: string[] = [];
  const waiters: { resolve: (data: string) => void; reject: (error: Error) => void }[] = [];
  const parser = createParser({
    onEvent: (event) => {
      const waiter = waiters.shift();
      if (waiter) {
        waiter.resolve(event.data);
      } else {
        queued.push(event.data);
      }
    },
  });
  const ended = (async () => {
    const decoder = new TextDecoder();
    for await (const chunk of body) {
      parser.feed(decoder.decode(chunk, { stream: true }));
    }
    for (const waiter of waiters.splice(0)) {
      waiter.reject(new Error('stream ended before the awaited event'));
    }
  })();
  return {
    next: () => {
      const data = queued.shift();
      return data !== undefined ? Promise.resolve(data) : new Promise((resolve, reject) => waiters.push({ resolve, reject }));
    },
    ended,
  };
}

describe('web server proxies (real upstream over HTTP)', () => {
  let upstream: Upstream;
  let app: FastifyInstance;
  let base: string;

  beforeAll(async () => {
    upstream = await startUpstream();
    const options = parseOptions(['--dist', localizedDist(), '--port', '0', '--api', upstream.url, '--hub', upstream.url], {});
    app = (await createWebServer(options)).app;
    base = await app.listen({ host: '127.0.0.1', port: 0 });
  });
  afterAll(async () => {
    await app.close();
    await upstream.close();
  });

  it('passes an API call through with its method, path, query, body and headers, and the answer back', async () => {
    const response = await fetch(`${base}/api/bookings?lang=it`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': 'k-1', cookie: 'pd_session=abc' },
      body: JSON.stringify({ unit: 'A12' }),
    });
    expect(response.status).toBe(201);
    expect(response.headers.get('x-upstream')).toBe('api');
    expect(await response.json()).toEqual({ echoed: '/api/bookings?lang=it' });

    const seen = upstream.seen.at(-1);
    expect(seen?.method).toBe('POST');
    expect(seen?.url).toBe('/api/bookings?lang=it');
    expect(seen?.body).toBe('{"unit":"A12"}');
    expect(seen?.headers['idempotency-key']).toBe('k-1');
    expect(seen?.headers['cookie']).toBe('pd_session=abc');
    expect(seen?.headers['x-forwarded-for']).toBe('127.0.0.1');
    expect(seen?.headers['x-forwarded-proto']).toBe('http');
  });

  it('compresses API answers for a browser that accepts it, as CloudFront does', async () => {
    const answer = await new Promise<{ encoding: string | undefined; body: string }>((resolve, reject) => {
      get(`${base}/api/catalogue`, { headers: { 'accept-encoding': 'gzip' } }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve({ encoding: response.headers['content-encoding'], body: gunzipSync(Buffer.concat(chunks)).toString() }));
      }).on('error', reject);
    });
    expect(answer.encoding).toBe('gzip');
    expect(JSON.parse(answer.body)).toEqual({ echoed: '/api/catalogue' });
  });

  it('is not fooled into a locale redirect by /api paths', async () => {
    const response = await fetch(`${base}/api/health`, { redirect: 'manual' });
    expect(response.status).toBe(201);
  });

  it('streams hub events as they come: the first arrives while the upstream still holds the response open', async () => {
    const response = await fetch(`${base}/.well-known/mercure?topic=${encodeURIComponent('/properties/lago-verde/availability')}`, {
      headers: { accept: 'text/event-stream' },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/event-stream');
    expect(response.headers.get('content-encoding')).toBeNull();
    const subscription = await upstream.nextSubscription();
    const events = readEvents(response.body as ReadableStream<Uint8Array>);

    // The upstream only ends the response when told to, and it is told only after the
    // first event got through: a buffering proxy would never deliver it and fail here.
    expect(await events.next()).toBe('first');
    subscription.finish();
    expect(await events.next()).toBe('last');
    await events.ended;
    expect(upstream.seen.at(-1)?.url).toBe('/.well-known/mercure?topic=%2Fproperties%2Flago-verde%2Favailability');
  });

  it('closes the upstream subscription when the browser goes away', async () => {
    const abort = new AbortController();
    const response = await fetch(`${base}/.well-known/mercure?topic=x`, { signal: abort.signal });
    const subscription = await upstream.nextSubscription();
    const events = readEvents(response.body as ReadableStream<Uint8Array>);
    expect(await events.next()).toBe('first');

    abort.abort();
    await events.ended.catch(() => undefined);
    // Resolves only when the hub side saw the connection close; a leak would time out.
    await subscription.closed;
  });

  it('answers 5xx, not a hang or a page, when the API is down', async () => {
    const options = parseOptions(['--dist', localizedDist(), '--api', 'http://127.0.0.1:9', '--hub', 'http://127.0.0.1:9'], {});
    const down = (await createWebServer(options)).app;
    try {
      const response = await down.inject('/api/health');
      expect(response.statusCode).toBeGreaterThanOrEqual(500);
      expect(response.headers['content-type']).not.toContain('text/html');
    } finally {
      await down.close();
    }
  });
});
