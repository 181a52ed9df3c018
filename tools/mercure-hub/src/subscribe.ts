import type { IncomingMessage, ServerResponse } from 'node:http';
import { presentedToken, verifyToken, type MercureClaim } from './auth.ts';
import { HubError } from './errors.ts';
import type { HubState } from './hub-state.ts';
import { formatEvent, HEARTBEAT } from './sse.ts';
import { Subscriber } from './subscriber.ts';
import { compileSelector } from './topic-selector.ts';

// setTimeout fires at once for delays above 2^31-1 ms; longer-lived tokens need no timer.
const MAX_TIMER_MS = 2 ** 31 - 1;

/** GET /.well-known/mercure: an SSE stream of the updates matching the `topic` selectors. */
export async function handleSubscribe(
  req: IncomingMessage,
  res: ServerResponse,
  query: URLSearchParams,
  state: HubState,
): Promise<void> {
  const selectors = query.getAll('topic');
  if (selectors.length === 0 || selectors.some((selector) => selector === '')) {
    throw new HubError(
      'bad_request',
      'Missing "topic" parameter: subscribe with at least one non-empty topic selector',
    );
  }
  const claim = await subscriberClaim(req, query, state);
  // Spec: the header wins over the query parameter (browsers can only set the latter at first).
  const lastEventId =
    firstValue(req.headers['last-event-id']) ||
    query.get('lastEventID') ||
    undefined;

  if (res.closed || req.socket.destroyed) {
    return; // gone while its JWT was being verified: registering it would leak its timers
  }
  const subscriber = new Subscriber(
    selectors.map(compileSelector),
    (claim?.subscribe ?? []).map(compileSelector),
    res,
  );
  // Snapshot and registration happen in one synchronous step, so no update falls between them.
  const replay = state.history.after(lastEventId);
  state.subscribers.add(subscriber);

  res.writeHead(200, {
    'Content-Type': 'text/event-stream',
    // The `authorization` query parameter may carry a JWT: no cache may keep the response.
    'Cache-Control': 'private, no-cache, no-store, must-revalidate, max-age=0',
    'X-Accel-Buffering': 'no',
    'Last-Event-ID': replay.precedingId,
  });
  res.flushHeaders();
  // A first byte of body at once: proxies that forward a response only with its first
  // body bytes (Angular's dev-server proxy does) would otherwise hold the stream back
  // until the first heartbeat, and the page would not be live for that long.
  subscriber.write(HEARTBEAT);
  for (const update of replay.updates) {
    if (subscriber.wants(update)) {
      subscriber.write(formatEvent(update));
    }
  }

  const heartbeat = setInterval(
    () => subscriber.write(HEARTBEAT),
    state.config.heartbeatMs,
  );
  const expiry = expiryTimer(claim, () => subscriber.end());
  res.once('close', () => {
    clearInterval(heartbeat);
    clearTimeout(expiry);
    state.subscribers.delete(subscriber);
  });
}

async function subscriberClaim(
  req: IncomingMessage,
  query: URLSearchParams,
  state: HubState,
): Promise<MercureClaim | undefined> {
  const token = presentedToken(req, query);
  if (token) {
    // A bad token is refused even when anonymous subscribers are allowed: silently
    // downgrading would hide an expired session as "no private updates".
    return verifyToken(token.jwt, state.subscriberKey);
  }
  if (!state.config.allowAnonymous) {
    throw new HubError(
      'unauthorized',
      'Missing JWT: send "Authorization: Bearer <JWT>", the mercureAuthorization cookie or the authorization query parameter',
    );
  }
  return undefined;
}

// Spec: when the subscriber's JWT has an `exp`, the hub closes the connection at that time.
function expiryTimer(
  claim: MercureClaim | undefined,
  close: () => void,
): NodeJS.Timeout | undefined {
  if (claim?.expiresAt === undefined) {
    return undefined;
  }
  const delay = claim.expiresAt * 1000 - Date.now();
  return delay > MAX_TIMER_MS
    ? undefined
    : setTimeout(close, Math.max(delay, 0));
}

function firstValue(header: string | string[] | undefined): string | undefined {
  return Array.isArray(header) ? header[0] : header;
}
