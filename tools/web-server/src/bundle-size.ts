import { join, resolve } from 'node:path';
import { readDistLayout } from './dist.ts';
import { measureInitialBundle } from './initial-files.ts';
import { OptionsError, parseFlags } from './options.ts';

// The rule: fail the build above 150 KB of gzipped initial JS. Angular's budgets
// count raw bytes, so this is checked here. KB = 1024 bytes, as Angular's budgets count.
const KB = 1024;
const USAGE = 'usage: node tools/web-server/src/bundle-size.ts --dist <browser build> [--max-kb 150]';

const kb = (bytes: number): string => `${(bytes / KB).toFixed(1)} KB`;

function main(): number {
  const flags = parseFlags({
    args: process.argv.slice(2),
    strict: true,
    options: { dist: { type: 'string' }, 'max-kb': { type: 'string', default: '150' } },
  });
  const maxKb = Number(flags['max-kb']);
  if (flags.dist === undefined || !(maxKb > 0)) {
    throw new OptionsError(flags.dist === undefined ? '--dist is required' : `--max-kb must be a positive number, got "${flags['max-kb']}"`);
  }
  const layout = readDistLayout(resolve(flags.dist));
  const apps = layout.locales.length > 0 ? layout.locales : ['.'];
  let over = 0;
  for (const app of apps) {
    const bundle = measureInitialBundle(join(layout.root, app));
    const verdict = bundle.scriptGzipBytes <= maxKb * KB ? 'ok' : 'OVER THE LIMIT';
    over += verdict === 'ok' ? 0 : 1;
    const files = bundle.scripts.map((file) => `${file.file} ${kb(file.gzipBytes)}`).join(', ');
    console.log(
      `${app === '.' ? 'app' : app}: initial JS ${kb(bundle.scriptGzipBytes)} gzipped (limit ${maxKb} KB) ${verdict}` +
        ` [${files}]; initial CSS ${kb(bundle.styleGzipBytes)} gzipped`,
    );
  }
  if (over > 0) {
    console.error(`bundle size: ${over} of ${apps.length} app(s) above ${maxKb} KB of gzipped initial JS`);
    return 1;
  }
  console.log(`bundle size: every app within ${maxKb} KB of gzipped initial JS`);
  return 0;
}

try {
  process.exitCode = main();
} catch (error) {
  // OptionsError, DistError (no build: says how to make it) or a file the build names but lacks.
  console.error(`bundle size: ${error instanceof Error ? error.message : String(error)}`);
  if (error instanceof OptionsError) {
    console.error(USAGE);
  }
  process.exitCode = error instanceof OptionsError ? 64 : 1;
}
