import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface MeasuredFile {
  /** Relative to the app folder. */
  readonly file: string;
  readonly rawBytes: number;
  readonly gzipBytes: number;
}

export interface InitialBundle {
  readonly scripts: readonly MeasuredFile[];
  readonly styles: readonly MeasuredFile[];
  readonly scriptGzipBytes: number;
  readonly styleGzipBytes: number;
}

const attribute = (tag: string, name: string): string | undefined =>
  new RegExp(`\\s${name}\\s*=\\s*["']([^"']*)["']`, 'i').exec(tag)?.[1];

const isLocal = (url: string): boolean => !/^([a-z][a-z0-9+.-]*:|\/\/)/i.test(url);

/**
 * What the page loads before it can start: `<script src>`, `<link rel="modulepreload">`
 * (Angular's hint for the initial chunks) and stylesheets, in document order, without
 * duplicates (the `<noscript>` copy of the stylesheet link). Other origins are not ours.
 */
export function initialFilesFromIndex(html: string): { scripts: string[]; styles: string[] } {
  const scripts = new Set<string>();
  const styles = new Set<string>();
  for (const [tag] of html.matchAll(/<(script|link)\b[^>]*>/gi)) {
    const rel = attribute(tag, 'rel')?.toLowerCase();
    const url = tag.toLowerCase().startsWith('<script') ? attribute(tag, 'src') : attribute(tag, 'href');
    if (url === undefined || !isLocal(url)) {
      continue;
    }
    const path = url.split(/[?#]/)[0] ?? url;
    if (tag.toLowerCase().startsWith('<script') || rel === 'modulepreload') {
      scripts.add(path);
    } else if (rel === 'stylesheet') {
      styles.add(path);
    }
  }
  return { scripts: [...scripts], styles: [...styles] };
}

/**
 * Relative specifiers of the static `import`/`export ... from` statements of a (minified)
 * ES module. `import("./x.js")` is a lazy chunk and is left out: the paren never matches.
 */
export function staticImports(source: string): string[] {
  const found = source.matchAll(/(?:^|[;\s{}])(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["'](\.{1,2}\/[^"']+)["']/g);
  return [...found].map((match) => match[1] ?? '').filter((specifier) => specifier !== '');
}

const measure = (appDir: string, file: string): MeasuredFile => {
  const bytes = readFileSync(join(appDir, file));
  // zlib's default level: what a server or CDN sends, so the figure is not flattered.
  return { file, rawBytes: bytes.length, gzipBytes: gzipSync(bytes).length };
};

/** The initial JS and CSS of one built app, following static imports from its entry scripts. */
export function measureInitialBundle(appDir: string): InitialBundle {
  const { scripts, styles } = initialFilesFromIndex(readFileSync(join(appDir, 'index.html'), 'utf8'));
  const queue = scripts.map((script) => normalize(script.replace(/^\//, '')));
  const seen = new Set<string>();
  while (queue.length > 0) {
    const file = queue.shift() ?? '';
    if (seen.has(file)) {
      continue;
    }
    if (!existsSync(join(appDir, file))) {
      throw new Error(`${relative(process.cwd(), join(appDir, file))} is named by the build but missing: rebuild`);
    }
    seen.add(file);
    const source = readFileSync(join(appDir, file), 'utf8');
    queue.push(...staticImports(source).map((specifier) => normalize(join(dirname(file), specifier))));
  }
  const measuredScripts = [...seen].map((file) => measure(appDir, file));
  const measuredStyles = styles.map((file) => measure(appDir, normalize(file.replace(/^\//, ''))));
  const sum = (files: readonly MeasuredFile[]): number => files.reduce((total, file) => total + file.gzipBytes, 0);
  return {
    scripts: measuredScripts,
    styles: measuredStyles,
    scriptGzipBytes: sum(measuredScripts),
    styleGzipBytes: sum(measuredStyles),
  };
}
