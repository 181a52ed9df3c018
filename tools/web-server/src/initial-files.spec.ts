import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { initialFilesFromIndex, measureInitialBundle, staticImports } from './initial-files.ts';

// Shaped like Angular's production index.html (beasties inlines critical CSS and defers the rest).
const INDEX = `<!doctype html><html><head><base href="/en/">
<link rel="stylesheet" href="styles-MNOXNZEM.css" media="print" onload="this.media='all'"><noscript><link rel="stylesheet" href="styles-MNOXNZEM.css"></noscript>
<link rel="modulepreload" href="chunk-SHARED12.js"><link rel="icon" href="favicon.ico">
<script src="https://maps.example.com/loader.js"></script></head>
<body><be-root></be-root><script src="polyfills-GRXP7X27.js" type="module"></script><script src="main-MM4LEHMW.js" type="module"></script></body></html>`;

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** Deterministic text that gzip cannot shrink much (xorshift32), so sizes are predictable. */
function noise(seed: string, size: number): string {
  let state = [...seed].reduce((sum, char) => sum * 31 + char.charCodeAt(0), 7) >>> 0 || 1;
  let out = '';
  for (let index = 0; index < size; index++) {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    out += ALPHABET[state % ALPHABET.length];
  }
  return out;
}

function fixtureApp(mainSize: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'pd-bundle-'));
  const app = join(dir, 'en');
  mkdirSync(app);
  writeFileSync(join(app, 'index.html'), INDEX);
  writeFileSync(join(app, 'polyfills-GRXP7X27.js'), `var p="${noise('poly', 500)}";`);
  writeFileSync(
    join(app, 'main-MM4LEHMW.js'),
    `import{a as e,b as t}from"./chunk-SHARED12.js";import"./chunk-SIDE1234.js";var m="${noise('main', mainSize)}";` +
      `const r=()=>import("./chunk-LAZY5678.js");`,
  );
  writeFileSync(join(app, 'chunk-SHARED12.js'), `export*from"./chunk-DEEP9012.js";export const a=1,b=2;`);
  writeFileSync(join(app, 'chunk-SIDE1234.js'), 'globalThis.x=1;');
  writeFileSync(join(app, 'chunk-DEEP9012.js'), 'export const d=4;');
  writeFileSync(join(app, 'chunk-LAZY5678.js'), `export const lazy="${noise('lazy', 50_000)}";`);
  writeFileSync(join(app, 'styles-MNOXNZEM.css'), 'body{margin:0}');
  return dir;
}

describe('initialFilesFromIndex', () => {
  it('takes scripts, module preloads and stylesheets of our origin, once each', () => {
    expect(initialFilesFromIndex(INDEX)).toEqual({
      scripts: ['chunk-SHARED12.js', 'polyfills-GRXP7X27.js', 'main-MM4LEHMW.js'],
      styles: ['styles-MNOXNZEM.css'],
    });
  });
});

describe('staticImports', () => {
  it('finds static imports and re-exports of minified modules, not dynamic imports', () => {
    const source = 'import{a as e}from"./chunk-A.js";import"./chunk-B.js";export*from"../chunk-C.js";export{x as y}from\'./chunk-D.js\';const l=()=>import("./chunk-LAZY.js");';
    expect(staticImports(source)).toEqual(['./chunk-A.js', './chunk-B.js', '../chunk-C.js', './chunk-D.js']);
  });
});

describe('measureInitialBundle', () => {
  it('follows static imports from the entry scripts and gzips each file on its own', () => {
    const app = join(fixtureApp(10_000), 'en');
    const bundle = measureInitialBundle(app);
    expect(bundle.scripts.map((file) => file.file).sort()).toEqual([
      'chunk-DEEP9012.js',
      'chunk-SHARED12.js',
      'chunk-SIDE1234.js',
      'main-MM4LEHMW.js',
      'polyfills-GRXP7X27.js',
    ]);
    const main = bundle.scripts.find((file) => file.file === 'main-MM4LEHMW.js');
    expect(main?.gzipBytes).toBeLessThan(main?.rawBytes ?? 0);
    expect(bundle.scriptGzipBytes).toBe(bundle.scripts.reduce((sum, file) => sum + file.gzipBytes, 0));
    expect(bundle.styles).toEqual([{ file: 'styles-MNOXNZEM.css', rawBytes: 14, gzipBytes: gzipSync('body{margin:0}').length }]);
  });
});

describe('the bundle-size command', () => {
  const run = (dist: string, maxKb: string): { code: number; output: string } => {
    try {
      const output = execFileSync(process.execPath, [join(import.meta.dirname, 'bundle-size.ts'), '--dist', dist, '--max-kb', maxKb], {
        encoding: 'utf8',
        stdio: 'pipe',
      });
      return { code: 0, output };
    } catch (error) {
      const failed = error as { status: number; stdout: string; stderr: string };
      return { code: failed.status, output: failed.stdout + failed.stderr };
    }
  };

  it('passes under the limit and prints the figure; the lazy chunk (~37 KB gzipped) is not counted', () => {
    const result = run(fixtureApp(10_000), '20');
    expect(result.code).toBe(0);
    expect(result.output).toMatch(/en: initial JS \d+\.\d KB gzipped \(limit 20 KB\) ok/);
  });

  it('fails above the limit, naming the app', () => {
    const result = run(fixtureApp(200_000), '100');
    expect(result.code).toBe(1);
    expect(result.output).toMatch(/en: initial JS \d+\.\d KB gzipped \(limit 100 KB\) OVER THE LIMIT/);
    expect(result.output).toContain('1 of 1 app(s) above 100 KB');
  });

  it('tells how to build when there is no build', () => {
    const result = run('/nowhere/dist/apps/booking-engine/browser', '150');
    expect(result.code).toBe(1);
    expect(result.output).toContain('build it first: npx nx run booking-engine:build');
  });
});
