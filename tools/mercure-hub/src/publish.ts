import type { IncomingMessage, ServerResponse } from 'node:http';
import { randomUUID } from 'node:crypto';
import { presentedToken, verifyToken } from './auth.ts';
import { isAllowedOrigin } from './cors.ts';
import { HubError } from './errors.ts';
import { EARLIEST } from './history.ts';
import type { HubState } from './hub-state.ts';
import { compileSelector, matchesAny } from './topic-selector.ts';
import type { Update } from './update.ts';

const MAX_BODY_BYTES = 5 * 1024 * 1024;
const FORM_TYPE = 'application/x-www-form-urlencoded';
// CR or LF in `id` or `type` would end the SSE field and let a publisher inject fields.
const LINE_BREAK = /[\r\n\0]/;

/** POST /.well-known/mercure: authenticate (401), validate (400), authorise every topic (403). */
export async function handlePublish(
  req: IncomingMessage,
  res: ServerResponse,
  state: HubState,
): Promise<void> {
  const token = presentedToken(req, undefined);
  if (!token) {
    throw new HubError(
      'unauthorized',
      'Missing JWT: send "Authorization: Bearer <JWT>" or the mercureAuthorization cookie',
    );
  }
  if (token.source === 'cookie') {
    assertSameSite(req, state.config.corsOrigins);
  }
  const claim = await verifyToken(token.jwt, state.publisherKey);
  const update = parseUpdate(await readForm(req));

  const allowed = (claim.publish ?? []).map(compileSelector);
  if (allowed.length === 0) {
    throw new HubError(
      'forbidden',
      'The JWT has no "mercure.publish" selectors: it may not publish',
    );
  }
  // Spec: the publisher must be allowed for every topic of the update, not just one.
  const denied = update.topics.find((topic) => !matchesAny([topic], allowed));
  if (denied !== undefined) {
    throw new HubError(
      'forbidden',
      `The JWT's "mercure.publish" selectors do not allow topic "${denied}"`,
    );
  }

  state.publish(update);
  res.writeHead(200, { 'Content-Type': 'text/plain; charset=utf-8' });
  res.end(update.id);
}

// A cookie rides along on any cross-site form post, so (as the official hub does) a
// cookie-authenticated publish must come from an allowed Origin, or Referer as fallback.
function assertSameSite(
  req: IncomingMessage,
  allowed: readonly string[],
): void {
  const origin = req.headers.origin ?? refererOrigin(req.headers.referer);
  if (!isAllowedOrigin(origin, allowed)) {
    throw new HubError(
      'unauthorized',
      'A publish authenticated by cookie needs an Origin listed in PD_HUB_CORS_ORIGINS',
    );
  }
}

function refererOrigin(referer: string | undefined): string | undefined {
  if (referer === undefined || !URL.canParse(referer)) {
    return undefined;
  }
  return new URL(referer).origin;
}

function parseUpdate(form: URLSearchParams): Update {
  const topics = form.getAll('topic');
  if (topics.length === 0 || topics.some((topic) => topic === '')) {
    throw new HubError(
      'bad_request',
      'Missing "topic" parameter: every update needs at least one non-empty topic',
    );
  }
  return {
    id: updateId(form.get('id')),
    topics,
    data: form.get('data') ?? '',
    private: form.has('private'),
    type: eventType(form.get('type')),
    retry: retry(form.get('retry')),
  };
}

function updateId(given: string | null): string {
  if (!given) {
    return `urn:uuid:${randomUUID()}`;
  }
  if (given.startsWith('#') || given === EARLIEST || LINE_BREAK.test(given)) {
    throw new HubError(
      'bad_request',
      `Invalid "id" parameter: it must not start with "#", be "${EARLIEST}" or contain a line break`,
    );
  }
  return given;
}

function eventType(given: string | null): string | undefined {
  if (!given) {
    return undefined;
  }
  if (LINE_BREAK.test(given)) {
    throw new HubError(
      'bad_request',
      'Invalid "type" parameter: it must not contain a line break',
    );
  }
  return given;
}

function retry(given: string | null): number | undefined {
  if (given === null || given === '') {
    return undefined;
  }
  const value = /^\d+$/.test(given) ? Number(given) : Number.NaN;
  if (!Number.isSafeInteger(value)) {
    throw new HubError(
      'bad_request',
      `Invalid "retry" parameter: "${given}" is not a whole number of milliseconds`,
    );
  }
  return value;
}

async function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  const mediaType = req.headers['content-type']
    ?.split(';')[0]
    ?.trim()
    .toLowerCase();
  if (mediaType !== FORM_TYPE) {
    throw new HubError(
      'bad_request',
      `Invalid Content-Type: an update must be sent as ${FORM_TYPE}`,
    );
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > MAX_BODY_BYTES) {
      throw new HubError(
        'payload_too_large',
        `The update is larger than ${MAX_BODY_BYTES} bytes`,
      );
    }
    chunks.push(buffer);
  }
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}
