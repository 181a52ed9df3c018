import { describe, expect, it } from 'vitest';
import { localeRoutingInjection } from './locale-routing.ts';

interface Request {
  uri: string;
  headers: Record<string, { value: string }>;
}

/** Runs the injected code the way CloudFront's handler does: first, inside `async function handler(event)`. */
async function viewerRequest(uri: string, acceptLanguage?: string): Promise<unknown> {
  const code = localeRoutingInjection(['it', 'en', 'de', 'nl'], 'it');
  const handler = new Function('event', `return (async () => { ${code}\n return event.request; })();`) as (event: { request: Request }) => Promise<unknown>;
  const headers: Record<string, { value: string }> = acceptLanguage === undefined ? {} : { 'accept-language': { value: acceptLanguage } };
  return handler({ request: { uri, headers } });
}

describe('localeRoutingInjection', () => {
  it.each([
    ['de-CH,de;q=0.9,en;q=0.8', '/de/'],
    ['fr-FR,fr;q=0.9,en;q=0.5,nl;q=0.7', '/nl/'],
    ['fr, es', '/it/'],
    [undefined, '/it/'],
    ['en;q=0, de;q=0.1', '/de/'],
  ])('redirects / with Accept-Language %s to %s', async (acceptLanguage, location) => {
    expect(await viewerRequest('/', acceptLanguage)).toMatchObject({ statusCode: 302, headers: { location: { value: location } } });
  });

  it.each([
    ['/it/search', '/it/index.html'],
    ['/en/booking/42/manage', '/en/index.html'],
    ['/nl/', '/nl/index.html'],
    ['/de', '/de/index.html'],
  ])('serves the locale index for the client route %s', async (uri, rewritten) => {
    expect(await viewerRequest(uri)).toMatchObject({ uri: rewritten });
  });

  it.each(['/it/main-ABC123.js', '/config.json', '/favicon.ico', '/fr/search'])('leaves %s alone', async (uri) => {
    expect(await viewerRequest(uri)).toMatchObject({ uri });
  });

  it('refuses a fallback the build does not have', () => {
    expect(() => localeRoutingInjection(['it', 'en'], 'de')).toThrow(/fallback locale de/);
  });
});
