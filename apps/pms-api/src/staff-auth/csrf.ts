import { timingSafeEqual } from 'node:crypto';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Methods that change something, so need proof that the console itself sent them. */
export function isWrite(method: string): boolean {
  return !SAFE_METHODS.has(method.toUpperCase());
}

export interface RequestOrigin {
  readonly secFetchSite: string | undefined;
  readonly origin: string | undefined;
  readonly host: string | undefined;
}

/**
 * Why a write comes from another origin, or null when it does not (or cannot be told).
 * Same algorithm as Go's net/http CrossOriginProtection: browsers since 2023 send
 * Sec-Fetch-Site, which settles it; older ones send Origin, compared with Host; a request
 * with neither is not from a browser (or a very old one), and the CSRF token decides.
 */
export function crossOriginReason(request: RequestOrigin): string | null {
  if (request.secFetchSite !== undefined) {
    return request.secFetchSite === 'same-origin' || request.secFetchSite === 'none' ? null : `Sec-Fetch-Site is ${request.secFetchSite}`;
  }
  if (request.origin === undefined) {
    return null;
  }
  let originHost: string;
  try {
    originHost = new URL(request.origin).host;
  } catch {
    return `Origin ${request.origin} is not a URL`;
  }
  return originHost === request.host ? null : `Origin ${request.origin} is not this host`;
}

/** Constant-time comparison, so response times do not leak how much of a guess was right. */
export function tokensMatch(expected: string, given: string | undefined): boolean {
  if (given === undefined) {
    return false;
  }
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}
