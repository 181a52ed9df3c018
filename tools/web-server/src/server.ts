import type { IncomingHttpHeaders } from 'node:http';
import { join } from 'node:path';
import fastifyHttpProxy from '@fastify/http-proxy';
import fastifyStatic from '@fastify/static';
import Fastify from 'fastify';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { REVALIDATE, cacheControlFor } from './cache-control.ts';
import { compressTextResponses } from './compression.ts';
import { readDistLayout } from './dist.ts';
import type { DistLayout } from './dist.ts';
import { preferredLocale } from './locale.ts';
import type { WebServerOptions } from './options.ts';

export type { WebServerOptions } from './options.ts';
export { parseOptions, OptionsError } from './options.ts';
export { DistError } from './dist.ts';

export interface WebServer {
  readonly app: FastifyInstance;
  readonly layout: DistLayout;
}

const HUB_PATH = '/.well-known/mercure';

/**
 * An SPA route (`/it/manage/ABC123`) gets the app's index.html; a missing asset
 * (`/it/chunk-OLD12345.js` after a deploy) gets a 404, not HTML the browser would try to
 * run as a script. A path whose last segment has no extension, or a request that asks
 * for a document, is a page.
 */
function isPageRequest(request: FastifyRequest): boolean {
  const lastSegment = request.url.split('?')[0]?.split('/').pop() ?? '';
  return (
    !lastSegment.includes('.') ||
    request.headers['sec-fetch-dest'] === 'document' ||
    (request.headers.accept ?? '').includes('text/html')
  );
}

/** One app folder: its files with CloudFront's cache headers, index.html for unknown pages. */
async function serveApp(scope: FastifyInstance, root: string): Promise<void> {
  await compressTextResponses(scope);
  await scope.register(fastifyStatic, {
    root,
    prefix: '/',
    index: ['index.html'],
    // Our own Cache-Control per file instead of the plugin's one-size max-age.
    cacheControl: false,
    setHeaders: (reply, path) => {
      reply.header('cache-control', cacheControlFor(path));
    },
  });
  scope.setNotFoundHandler((request: FastifyRequest, reply: FastifyReply) => {
    if ((request.method === 'GET' || request.method === 'HEAD') && isPageRequest(request)) {
      return reply.sendFile('index.html', root);
    }
    return reply.code(404).type('text/plain; charset=utf-8').send(`Not found: ${request.url}\n`);
  });
}

/** `/`, `/manage/X?y` and `/it` go to a locale's app, keeping path and query. */
function redirectToLocale(layout: DistLayout, defaultLocale: string) {
  const fallback = layout.locales.includes(defaultLocale) ? defaultLocale : (layout.locales[0] ?? defaultLocale);
  return (request: FastifyRequest, reply: FastifyReply): FastifyReply => {
    const [path = '/', query] = request.url.split(/\?(.*)/s);
    const search = query === undefined ? '' : `?${query}`;
    const bareLocale = layout.locales.find((locale) => path === `/${locale}`);
    const target =
      bareLocale !== undefined
        ? `/${bareLocale}/${search}`
        : `/${preferredLocale(request.headers['accept-language'], layout.locales, fallback)}${path}${search}`;
    // The answer depends on Accept-Language: a shared cache must not hand it to everyone.
    return reply.header('vary', 'accept-language').header('cache-control', REVALIDATE).redirect(target, 302);
  };
}

/** Adds what CloudFront and the load balancer add in production. */
function forwardedHeaders(
  request: { readonly ip: string; readonly protocol: string; readonly headers: IncomingHttpHeaders },
  headers: IncomingHttpHeaders,
): IncomingHttpHeaders {
  const previous = request.headers['x-forwarded-for'];
  return {
    ...headers,
    'x-forwarded-for': previous ? `${String(previous)}, ${request.ip}` : request.ip,
    'x-forwarded-proto': request.protocol,
    'x-forwarded-host': request.headers.host,
  };
}

/**
 * The built UI as CloudFront will serve it: `/{locale}/...` from that locale's folder,
 * `/config.json` for every locale, `/api` and the Mercure hub proxied same-origin.
 * Call `app.listen()` on the result; `app.close()` ends open streams too.
 */
export async function createWebServer(options: WebServerOptions): Promise<WebServer> {
  const layout = readDistLayout(options.distDir);
  // forceCloseConnections: an open event stream must not keep close() (Ctrl-C) waiting.
  const app = Fastify({ logger: false, forceCloseConnections: true });

  const config = JSON.stringify(options.runtimeConfig);
  app.get('/config.json', (_request, reply) =>
    reply.header('cache-control', REVALIDATE).type('application/json; charset=utf-8').send(config),
  );

  // API answers are compressed here as CloudFront compresses them in front of the load
  // balancer (the catalogue is ~110 KB of JSON, ~12 KB compressed). The hub is not.
  await app.register(async (scope) => {
    await compressTextResponses(scope);
    await scope.register(fastifyHttpProxy, {
      upstream: options.apiUpstream,
      prefix: '/api',
      rewritePrefix: '/api',
      replyOptions: { rewriteRequestHeaders: forwardedHeaders },
    });
  });
  await app.register(fastifyHttpProxy, {
    upstream: options.hubUpstream,
    prefix: HUB_PATH,
    rewritePrefix: HUB_PATH,
    // A subscription is one response that never ends; heartbeats keep it alive, not a timeout.
    undici: { bodyTimeout: 0 },
    replyOptions: { rewriteRequestHeaders: forwardedHeaders },
  });

  if (layout.locales.length === 0) {
    await app.register((scope) => serveApp(scope, layout.root));
  } else {
    for (const locale of layout.locales) {
      await app.register((scope) => serveApp(scope, join(layout.root, locale)), { prefix: `/${locale}` });
    }
    app.route({ method: ['GET', 'HEAD'], url: '/*', handler: redirectToLocale(layout, options.defaultLocale) });
  }
  return { app, layout };
}
