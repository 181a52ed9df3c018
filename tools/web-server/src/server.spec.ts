import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { IMMUTABLE, REVALIDATE } from './cache-control.ts';
import { DistError } from './dist.ts';
import { parseOptions } from './options.ts';
import { createWebServer } from './server.ts';
import { indexHtml, localizedDist, mainScript, singleAppDist } from './test-support/fake-dist.ts';

// Upstreams are never reached in this file: nothing listens on port 9.
const serverFor = async (dist: string): Promise<FastifyInstance> =>
  (await createWebServer(parseOptions(['--dist', dist, '--api', 'http://127.0.0.1:9', '--hub', 'http://127.0.0.1:9', '--property', 'prato-fiorito'], {}))).app;

describe('web server, localized build', () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await serverFor(localizedDist());
  });
  afterAll(() => app.close());

  describe('a path without a locale', () => {
    it.each([
      ['it-IT,it;q=0.9,en;q=0.8', '/', '/it/'],
      ['de-CH', '/', '/de/'],
      ['fr-FR, nl;q=0.5', '/', '/nl/'],
      ['fr-FR', '/', '/en/'],
      [undefined, '/', '/en/'],
      ['it', '/manage/X', '/it/manage/X'],
      ['nl', '/stay/pitch-standard?arrival=2027-06-12&adults=2', '/nl/stay/pitch-standard?arrival=2027-06-12&adults=2'],
      ['de', '/english', '/de/english'],
    ])('with Accept-Language %s, %s redirects to %s', async (acceptLanguage, path, location) => {
      const headers = acceptLanguage === undefined ? {} : { 'accept-language': acceptLanguage };
      const response = await app.inject({ url: path, headers });
      expect(response.statusCode).toBe(302);
      expect(response.headers.location).toBe(location);
      expect(response.headers.vary).toContain('accept-language');
    });

    it('a bare locale gets its trailing slash, whatever the language header says', async () => {
      const response = await app.inject({ url: '/it?x=1', headers: { 'accept-language': 'de' } });
      expect(response.statusCode).toBe(302);
      expect(response.headers.location).toBe('/it/?x=1');
    });
  });

  describe('under a locale', () => {
    it('serves that locale’s index.html at its root, revalidated on every use', async () => {
      const response = await app.inject('/it/');
      expect(response.statusCode).toBe(200);
      expect(response.body).toBe(indexHtml('/it/'));
      expect(response.headers['cache-control']).toBe(REVALIDATE);
    });

    it.each([
      ['/it/manage/ABC123', '/it/'],
      ['/en/stay/pitch-standard?arrival=2027-06-12&departure=2027-06-19', '/en/'],
      ['/de/checkout/', '/de/'],
    ])('falls back to index.html for the app route %s', async (path, base) => {
      const response = await app.inject(path);
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toContain('text/html');
      expect(response.body).toBe(indexHtml(base));
      expect(response.headers['cache-control']).toBe(REVALIDATE);
    });

    it('serves a page for a document request even when the last segment has a dot', async () => {
      const response = await app.inject({ url: '/nl/stay/mobile-home-6.5', headers: { accept: 'text/html,*/*' } });
      expect(response.statusCode).toBe(200);
      expect(response.body).toBe(indexHtml('/nl/'));
    });

    it('answers 404 for a missing asset instead of HTML the browser would run as a script', async () => {
      const response = await app.inject({ url: '/it/chunk-OLD12345.js', headers: { accept: '*/*' } });
      expect(response.statusCode).toBe(404);
      expect(response.headers['content-type']).not.toContain('text/html');
    });

    it('serves each locale’s own files', async () => {
      const italian = await app.inject('/it/main-AB12CD34.js');
      const dutch = await app.inject('/nl/main-AB12CD34.js');
      expect(italian.body).toBe(mainScript('it'));
      expect(dutch.body).toBe(mainScript('nl'));
    });

    it.each([
      ['/en/main-AB12CD34.js', IMMUTABLE],
      ['/en/chunk-BAZZE8-x.js', IMMUTABLE],
      ['/en/media/logo-Xy12_ab9.svg', IMMUTABLE],
      ['/en/favicon.ico', REVALIDATE],
      ['/en/index.html', REVALIDATE],
    ])('sends %s with Cache-Control "%s"', async (path, cacheControl) => {
      const response = await app.inject(path);
      expect(response.statusCode).toBe(200);
      expect(response.headers['cache-control']).toBe(cacheControl);
    });
  });

  describe('/config.json', () => {
    it('is generated from the options, not read from the build, and revalidated on every use', async () => {
      const response = await app.inject('/config.json');
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toContain('application/json');
      expect(response.headers['cache-control']).toBe(REVALIDATE);
      expect(response.json()).toEqual({
        apiBaseUrl: '/api',
        hubUrl: '/.well-known/mercure',
        propertySlug: 'prato-fiorito',
      });
    });
  });

  describe('compression', () => {
    it('sends brotli when the browser accepts it, with the same bytes inside', async () => {
      const response = await app.inject({ url: '/it/main-AB12CD34.js', headers: { 'accept-encoding': 'gzip, deflate, br' } });
      expect(response.headers['content-encoding']).toBe('br');
      expect(response.headers.vary).toContain('accept-encoding');
      expect(response.rawPayload.length).toBeLessThan(mainScript('it').length / 4);
      expect(brotliDecompressSync(response.rawPayload).toString()).toBe(mainScript('it'));
    });

    it('sends gzip to a client without brotli, also for the SPA fallback page', async () => {
      const response = await app.inject({ url: '/de/manage/ABC123', headers: { 'accept-encoding': 'gzip' } });
      expect(response.headers['content-encoding']).toBe('gzip');
      expect(gunzipSync(response.rawPayload).toString()).toBe(indexHtml('/de/'));
    });

    it('sends the file as it is when the client accepts no encoding, or refuses them', async () => {
      for (const acceptEncoding of ['identity', 'br;q=0, gzip;q=0']) {
        const response = await app.inject({ url: '/it/main-AB12CD34.js', headers: { 'accept-encoding': acceptEncoding } });
        expect(response.headers['content-encoding']).toBeUndefined();
        expect(response.body).toBe(mainScript('it'));
      }
    });

    it('leaves images alone: they are compressed already', async () => {
      const image = await app.inject({ url: '/it/media/site-map-QW34ER56.png', headers: { 'accept-encoding': 'br, gzip' } });
      expect(image.statusCode).toBe(200);
      expect(image.headers['content-encoding']).toBeUndefined();
      expect(image.rawPayload.length).toBe(4_000);
    });
  });
});

describe('web server, build without locales (the PMS console)', () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await serverFor(singleAppDist());
  });
  afterAll(() => app.close());

  it('serves the app at / and its routes without redirecting', async () => {
    for (const path of ['/', '/planning/board?from=2027-06-01']) {
      const response = await app.inject(path);
      expect(response.statusCode).toBe(200);
      expect(response.body).toBe(indexHtml('/'));
    }
    expect((await app.inject('/main-AB12CD34.js')).headers['cache-control']).toBe(IMMUTABLE);
  });
});

describe('web server, no build', () => {
  it('says which build is missing and how to make it', async () => {
    const attempt = createWebServer(parseOptions(['--dist', '/nonexistent/dist/apps/booking-engine/browser'], {}));
    await expect(attempt).rejects.toThrow(DistError);
    await expect(attempt).rejects.toThrow('build it first: npx nx run booking-engine:build');
  });
});
