import { describe, expect, it } from 'vitest';
import { IMMUTABLE, REVALIDATE, cacheControlFor } from './cache-control.ts';

describe('cacheControlFor', () => {
  it.each([
    // Angular's output hashing, as found in dist/apps/booking-engine/browser/en.
    ['/dist/en/main-MM4LEHMW.js', IMMUTABLE],
    ['/dist/en/polyfills-GRXP7X27.js', IMMUTABLE],
    ['/dist/en/styles-MNOXNZEM.css', IMMUTABLE],
    ['/dist/en/chunk-CwIjqVn_.js', IMMUTABLE],
    ['/dist/en/chunk-BAZZE8-x.js', IMMUTABLE],
    ['/dist/en/chunk-5J36wdj8.js', IMMUTABLE],
    ['/dist/en/media/inter-latin-AB12CD34.woff2', IMMUTABLE],
    ['/dist/en/index.html', REVALIDATE],
    ['/dist/en/favicon.ico', REVALIDATE],
    ['/dist/en/config.json', REVALIDATE],
    ['/dist/en/3rdpartylicenses.txt', REVALIDATE],
    // Public assets whose names merely look like "word-8chars": not content-addressed.
    ['/dist/en/site-manifest.json', REVALIDATE],
    ['/dist/en/apple-touch-icon.png', REVALIDATE],
    ['/dist/en/main-MM4LEHMW.js.map', REVALIDATE],
  ])('%s -> %s', (path, expected) => {
    expect(cacheControlFor(path)).toBe(expected);
  });
});
