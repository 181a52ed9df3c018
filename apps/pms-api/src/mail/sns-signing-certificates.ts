import { X509Certificate } from 'node:crypto';
import { ReadThroughCache } from '../common/read-through-cache';

/** Where the verifier gets the certificate a SigningCertURL names (already checked to be an SNS URL). */
export type SigningCertificateSource = (url: string) => Promise<X509Certificate>;

export const SNS_SIGNING_CERTIFICATES = Symbol('SNS_SIGNING_CERTIFICATES');

const FETCH_TIMEOUT_MS = 5_000;
// SNS signs with one certificate per region at a time and rotates it rarely; a handful of
// entries covers a rotation, and an hour bounds how long a withdrawn one stays trusted.
const CACHE_MAX = 16;
const CACHE_TTL_MS = 3_600_000;
// A real SNS certificate is under 2 KB; anything much larger is not one.
const MAX_PEM_LENGTH = 20_000;

/**
 * Fetches SNS's signing certificates over https, each once per hour per instance. The
 * cache holds public data any instance can fetch again, so instances stay interchangeable.
 */
export function fetchedSigningCertificates(): SigningCertificateSource {
  const cache = new ReadThroughCache<X509Certificate>({ max: CACHE_MAX, ttlMs: CACHE_TTL_MS });
  return async (url) => {
    const certificate = await cache.get(url, () => download(url));
    if (!certificate) {
      throw new Error(`no certificate at ${url}`);
    }
    return certificate;
  };
}

async function download(url: string): Promise<X509Certificate> {
  // No redirects: the host rule was checked on this URL, not on wherever it might send us.
  const response = await fetch(url, { redirect: 'error', signal: AbortSignal.timeout(FETCH_TIMEOUT_MS) });
  if (!response.ok) {
    throw new Error(`${url} answered ${response.status}`);
  }
  const pem = await response.text();
  if (pem.length > MAX_PEM_LENGTH) {
    throw new Error(`${url} is not a certificate (${pem.length} characters)`);
  }
  return new X509Certificate(pem);
}
