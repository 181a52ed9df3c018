import type { IncomingMessage } from 'node:http';
import { errors, jwtVerify } from 'jose';
import { HubError } from './errors.ts';

export const COOKIE_NAME = 'mercureAuthorization';

export type TokenSource = 'header' | 'query' | 'cookie';

export interface PresentedToken {
  readonly jwt: string;
  readonly source: TokenSource;
}

/** The `mercure` claim; an absent list grants nothing. */
export interface MercureClaim {
  readonly publish: readonly string[] | undefined;
  readonly subscribe: readonly string[] | undefined;
  /** Seconds since the epoch, from the standard `exp` claim. */
  readonly expiresAt: number | undefined;
}

/**
 * Finds the JWT in the order the spec mandates: an Authorization header wins over the
 * `authorization` query parameter (subscribers only), which wins over the cookie.
 */
export function presentedToken(
  req: IncomingMessage,
  query: URLSearchParams | undefined,
): PresentedToken | undefined {
  const header = req.headers.authorization;
  if (header !== undefined) {
    const match = /^Bearer +(\S+)\s*$/i.exec(header);
    if (!match?.[1]) {
      throw new HubError(
        'unauthorized',
        'The Authorization header must be "Bearer <JWT>"',
      );
    }
    return { jwt: match[1], source: 'header' };
  }
  const fromQuery = query?.get('authorization');
  if (fromQuery) {
    return { jwt: fromQuery, source: 'query' };
  }
  const fromCookie = cookie(req.headers.cookie, COOKIE_NAME);
  return fromCookie ? { jwt: fromCookie, source: 'cookie' } : undefined;
}

export async function verifyToken(
  jwt: string,
  key: Uint8Array,
): Promise<MercureClaim> {
  let payload: Record<string, unknown>;
  try {
    // Only HS256: accepting the alg the token names would let `none` or a weaker alg through.
    ({ payload } = await jwtVerify(jwt, key, { algorithms: ['HS256'] }));
  } catch (error) {
    throw new HubError('unauthorized', `Invalid JWT: ${reason(error)}`);
  }
  const mercure = payload['mercure'];
  if (
    mercure !== undefined &&
    (typeof mercure !== 'object' || mercure === null || Array.isArray(mercure))
  ) {
    throw new HubError(
      'unauthorized',
      'Invalid JWT: the "mercure" claim must be an object',
    );
  }
  const claim = (mercure ?? {}) as Record<string, unknown>;
  const exp = payload['exp'];
  return {
    publish: selectorList(claim['publish'], 'publish'),
    subscribe: selectorList(claim['subscribe'], 'subscribe'),
    expiresAt: typeof exp === 'number' ? exp : undefined,
  };
}

export function hmacKey(secret: string): Uint8Array {
  return new TextEncoder().encode(secret);
}

function selectorList(
  value: unknown,
  name: string,
): readonly string[] | undefined {
  if (value === undefined) {
    return undefined;
  }
  if (
    !Array.isArray(value) ||
    !value.every((item): item is string => typeof item === 'string')
  ) {
    throw new HubError(
      'unauthorized',
      `Invalid JWT: "mercure.${name}" must be an array of strings`,
    );
  }
  return value;
}

function reason(error: unknown): string {
  if (error instanceof errors.JWTExpired) {
    return 'it has expired';
  }
  if (error instanceof errors.JOSEError) {
    return error.message;
  }
  return 'it cannot be parsed';
}

function cookie(header: string | undefined, name: string): string | undefined {
  for (const part of header?.split(';') ?? []) {
    const separator = part.indexOf('=');
    if (separator !== -1 && part.slice(0, separator).trim() === name) {
      return decodeURIComponentSafe(part.slice(separator + 1).trim());
    }
  }
  return undefined;
}

// A malformed percent-escape in a cookie is a bad token, not a crash.
function decodeURIComponentSafe(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
