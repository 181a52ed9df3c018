import type { IncomingMessage, ServerResponse } from 'node:http';

const ALLOWED_METHODS = 'GET, POST, OPTIONS';
// EventSource polyfills send Authorization and Last-Event-ID; fetch-based publishers send Content-Type.
const ALLOWED_HEADERS =
  'Authorization, Cache-Control, Content-Type, Last-Event-ID';

export function isAllowedOrigin(
  origin: string | undefined,
  allowed: readonly string[],
): origin is string {
  return (
    origin !== undefined && (allowed.includes('*') || allowed.includes(origin))
  );
}

/**
 * Adds CORS headers for an allowed Origin. The origin is echoed rather than `*`, because
 * browsers refuse `*` on credentialed requests (EventSource `withCredentials` sends the cookie).
 */
export function applyCors(
  req: IncomingMessage,
  res: ServerResponse,
  allowed: readonly string[],
): void {
  res.setHeader('Vary', 'Origin');
  const origin = req.headers.origin;
  if (!isAllowedOrigin(origin, allowed)) {
    return;
  }
  res.setHeader('Access-Control-Allow-Origin', origin);
  res.setHeader('Access-Control-Allow-Credentials', 'true');
  res.setHeader('Access-Control-Expose-Headers', 'Last-Event-ID');
}

/** Answers a preflight: 204 with the allowed methods and headers, or 403 for another origin. */
export function answerPreflight(
  req: IncomingMessage,
  res: ServerResponse,
  allowed: readonly string[],
): void {
  if (!isAllowedOrigin(req.headers.origin, allowed)) {
    res.writeHead(403, { 'Content-Type': 'text/plain; charset=utf-8' });
    res.end('Origin not allowed by PD_HUB_CORS_ORIGINS\n');
    return;
  }
  res.writeHead(204, {
    'Access-Control-Allow-Methods': ALLOWED_METHODS,
    'Access-Control-Allow-Headers': ALLOWED_HEADERS,
    'Access-Control-Max-Age': '600',
  });
  res.end();
}
