import {
  createServer,
  type IncomingMessage,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';
import type { HubConfig } from './config.ts';
import { answerPreflight, applyCors } from './cors.ts';
import { HubError, statusOf } from './errors.ts';
import { HubState } from './hub-state.ts';
import { handlePublish } from './publish.ts';
import { handleSubscribe } from './subscribe.ts';

export const HUB_PATH = '/.well-known/mercure';

export interface RunningHub {
  /** The hub URL, e.g. http://127.0.0.1:28110/.well-known/mercure */
  readonly url: string;
  readonly port: number;
  /** Ends every subscription, stops listening and resolves once all connections are gone. */
  close(): Promise<void>;
}

/**
 * node:http rather than fastify: the hub has two routes, and SSE needs the raw response
 * (flushHeaders, long-lived writes, close events), which fastify would only pass through.
 */
export async function startHub(config: HubConfig): Promise<RunningHub> {
  const state = new HubState(config);
  const server = createServer((req, res) => {
    route(req, res, state).catch((error: unknown) => fail(req, res, error));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const host = config.host.includes(':') ? `[${config.host}]` : config.host;

  return {
    url: `http://${host}:${port}${HUB_PATH}`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        // Ending the streams lets EventSource clients see a clean end and reconnect elsewhere.
        for (const subscriber of state.subscribers) {
          subscriber.end();
        }
        server.closeIdleConnections();
      }),
  };
}

async function route(
  req: IncomingMessage,
  res: ServerResponse,
  state: HubState,
): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://hub.invalid');
  if (url.pathname === '/healthz') {
    res.writeHead(200, {
      'Content-Type': 'text/plain; charset=utf-8',
      'Cache-Control': 'no-store',
    });
    res.end(req.method === 'HEAD' ? undefined : 'ok\n');
    return;
  }
  if (url.pathname !== HUB_PATH) {
    throw new HubError('not_found', `Not found: the hub is at ${HUB_PATH}`);
  }
  applyCors(req, res, state.config.corsOrigins);
  switch (req.method ?? '') {
    case 'GET':
      return handleSubscribe(req, res, url.searchParams, state);
    case 'POST':
      return handlePublish(req, res, state);
    case 'OPTIONS':
      return answerPreflight(req, res, state.config.corsOrigins);
    default:
      res.setHeader('Allow', 'GET, POST, OPTIONS');
      throw new HubError(
        'method_not_allowed',
        `Method ${req.method ?? '?'} is not allowed: use GET or POST`,
      );
  }
}

function fail(req: IncomingMessage, res: ServerResponse, error: unknown): void {
  if (res.headersSent) {
    // Too late for a status code (the stream has started): cut the connection instead.
    res.destroy();
    return;
  }
  if (!(error instanceof HubError)) {
    console.error('mercure-hub: unexpected error', error);
  }
  const status = error instanceof HubError ? statusOf(error.code) : 500;
  const headers: Record<string, string> = {
    'Content-Type': 'text/plain; charset=utf-8',
  };
  if (status === 401) {
    headers['WWW-Authenticate'] = 'Bearer realm="mercure"';
  }
  if (!req.complete) {
    // The request body was left unread: the connection cannot carry another request.
    headers['Connection'] = 'close';
  }
  res.writeHead(status, headers);
  res.end(`${error instanceof HubError ? error.message : 'Internal error'}\n`);
}
