import { basename } from 'node:path';

export const IMMUTABLE = 'public, max-age=31536000, immutable';
export const REVALIDATE = 'no-cache';

/**
 * Angular's output hashing puts 8 characters before the extension: `main-MM4LEHMW.js`,
 * `styles-MNOXNZEM.css`, and (mixed case, `_` and `-` included) `chunk-BAZZE8-x.js`,
 * `media/font-AB12CD34.woff2`. The lookahead asks for an upper-case letter or digit so that
 * a plain word such as `site-manifest.json` is not taken for a hash and cached for a year;
 * a real hash that happens to be all lower case only loses its long cache life.
 */
const HASHED_FILE = /-(?=[A-Za-z0-9_-]{0,7}[A-Z0-9])[A-Za-z0-9_-]{8}\.[a-z0-9]+$/;

/**
 * What CloudFront will send: content-addressed files are cached for a year and never
 * revalidated; everything else (index.html above all, which names the current hashes)
 * is revalidated on every use, so a deploy is picked up by the next page load.
 */
export function cacheControlFor(filePath: string): string {
  return HASHED_FILE.test(basename(filePath)) ? IMMUTABLE : REVALIDATE;
}
