import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const LOCALES = ['de', 'en', 'it', 'nl'] as const;

/** Over CloudFront's 1,000-byte compression floor, and compressible. */
export const mainScript = (locale: string): string => `console.log(${JSON.stringify(`main ${locale} `.repeat(200))});\n`;

export const indexHtml = (base: string): string =>
  `<!doctype html><html><head><base href="${base}"><title>${'Book your pitch · '.repeat(60)}</title></head>` +
  `<body><be-root></be-root><script src="main-AB12CD34.js" type="module"></script></body></html>\n`;

function writeApp(dir: string, base: string, label: string): void {
  mkdirSync(join(dir, 'media'), { recursive: true });
  writeFileSync(join(dir, 'index.html'), indexHtml(base));
  writeFileSync(join(dir, 'main-AB12CD34.js'), mainScript(label));
  writeFileSync(join(dir, 'chunk-BAZZE8-x.js'), 'export const x = 1;\n');
  writeFileSync(join(dir, 'favicon.ico'), Buffer.alloc(64, 1));
  // Already compressed image data: not worth compressing again.
  writeFileSync(join(dir, 'media', 'site-map-QW34ER56.png'), Buffer.alloc(4_000, 7));
  writeFileSync(join(dir, 'media', 'logo-Xy12_ab9.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>\n');
}

/** A build shaped like Angular's localized output: one app per locale folder. */
export function localizedDist(): string {
  const root = mkdtempSync(join(tmpdir(), 'pd-web-dist-'));
  for (const locale of LOCALES) {
    writeApp(join(root, locale), `/${locale}/`, locale);
  }
  return root;
}

/** A build without localisation (the PMS console): the app at the root. */
export function singleAppDist(): string {
  const root = mkdtempSync(join(tmpdir(), 'pd-web-dist-'));
  writeApp(root, '/', 'single');
  return root;
}
