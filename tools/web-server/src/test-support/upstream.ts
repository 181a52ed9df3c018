import Fastify from 'fastify';
import type { FastifyInstance } from 'fastify';

export interface SeenRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly body: string;
}

/** What the tests hold of a subscription the upstream is serving. */
export interface Subscription {
  /** Sends one more event and ends the response. */
  finish(): void;
  /** Resolves when the client side of this subscription went away. */
  readonly closed: Promise<void>;
}

export interface Upstream {
  readonly url: string;
  readonly seen: SeenRequest[];
  /** Resolves with the next subscription the hub endpoint receives. */
  nextSubscription(): Promise<Subscription>;
  close(): Promise<void>;
}

/**
 * A real HTTP server standing in for the API and the hub: it records what reached it,
 * and holds each event stream open after its first event until the test finishes it.
 */
export async function startUpstream(): Promise<Upstream> {
  const app: FastifyInstance = Fastify({ logger: false, forceCloseConnections: true });
  const seen: SeenRequest[] = [];
  const waiting: ((subscription: Subscription) => void)[] = [];
  const arrived: Subscription[] = [];

  // Bodies are recorded as the bytes the proxy sent, whatever their type.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'string' }, (_request, body, done) => done(null, body));
  app.all('/api/*', (request, reply) => {
    seen.push({ method: request.method, url: request.url, headers: request.headers, body: String(request.body ?? '') });
    return reply.code(201).header('x-upstream', 'api').send({ echoed: request.url });
  });
  app.get('/.well-known/mercure', (request, reply) => {
    seen.push({ method: request.method, url: request.url, headers: request.headers, body: '' });
    reply.hijack();
    const raw = reply.raw;
    raw.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
    raw.write('id: 1\ndata: first\n\n');
    const closed = new Promise<void>((resolve) => raw.once('close', () => resolve()));
    const subscription: Subscription = {
      finish: () => raw.end('id: 2\ndata: last\n\n'),
      closed,
    };
    const waiter = waiting.shift();
    if (waiter) {
      waiter(subscription);
    } else {
      arrived.push(subscription);
    }
  });

  const url = await app.listen({ host: '127.0.0.1', port: 0 });
  return {
    url,
    seen,
    nextSubscription: () => {
      const ready = arrived.shift();
      return ready ? Promise.resolve(ready) : new Promise((resolve) => waiting.push(resolve));
    },
    close: () => app.close(),
  };
}
