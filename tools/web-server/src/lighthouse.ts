import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import type { Result } from 'lighthouse';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';
import { DistError } from './dist.ts';
import { CATEGORIES, THRESHOLDS, formatTable, summarize } from './lighthouse-report.ts';
import type { PageSummary } from './lighthouse-report.ts';
import { OptionsError, SERVER_FLAGS, optionsFromFlags, parseFlags } from './options.ts';
import { createWebServer } from './server.ts';

// `npm run lighthouse` (nx run booking-engine:lighthouse, which builds first): serves the
// production build with the web server on a free port, in front of the API and hub that
// `npm start` runs, and audits pages with Lighthouse's default config (mobile emulation,
// simulated slow 4G and CPU). Not part of `npm test`: scores move with the machine's load,
// which is also why each page is audited several times and the median run is kept.

const WORKSPACE_ROOT = resolve(import.meta.dirname, '../../..');
const OUT_DIR = resolve(WORKSPACE_ROOT, '.local/lighthouse');
const DEFAULT_PATHS = ['/it/', '/en/', '/en/?arrival=2027-06-12&departure=2027-06-19&adults=2'];
const USAGE = `usage: npm run lighthouse [-- --path /it/ --path /de/manage/X --runs 5] (needs \`npm start\` running)
  --path <p>      page to audit, repeatable; default ${DEFAULT_PATHS.join(' ')}
  --runs <n>      audits per page, the median run counts (Lighthouse's own choice of median); default 3
  --chrome <path> default $CHROME_PATH or /usr/bin/chromium
  and the web server's flags (--dist, --api, --hub, --property...)`;

class NotRunningError extends Error {}

/** The ports `npm start` used, from the file the local stack writes; the shell's variables win. */
function stackEnvironment(): NodeJS.ProcessEnv {
  const file = resolve(WORKSPACE_ROOT, '.local/stack/stack.env');
  const entries = existsSync(file)
    ? readFileSync(file, 'utf8')
        .split('\n')
        .map((line) => /^([A-Z0-9_]+)=(.*)$/.exec(line.trim()))
        .flatMap((match) => (match?.[1] && match[2] !== undefined ? [[match[1], match[2]] as const] : []))
    : [];
  return { ...Object.fromEntries(entries), ...process.env };
}

async function requireApi(apiUpstream: string): Promise<void> {
  const url = `${apiUpstream}/api/health/live`;
  const ok = await fetch(url, { signal: AbortSignal.timeout(3_000) }).then(
    (response) => response.ok,
    () => false,
  );
  if (!ok) {
    throw new NotRunningError(`the API does not answer at ${url}: start everything with \`npm start\` in another terminal, then run this again`);
  }
}

async function audit(url: string, chromePath: string): Promise<{ lhr: Result; html: string }> {
  // One browser per page: no cache, service worker or storage carried from the previous one.
  const chrome = await launch({ chromePath, chromeFlags: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
  try {
    const result = await lighthouse(url, { port: chrome.port, output: 'html', logLevel: 'error', onlyCategories: [...CATEGORIES] });
    if (result === undefined) {
      throw new Error(`Lighthouse returned nothing for ${url}`);
    }
    return { lhr: result.lhr, html: String(result.report) };
  } finally {
    chrome.kill();
  }
}

async function main(): Promise<number> {
  const flags = parseFlags({
    args: process.argv.slice(2),
    strict: true,
    options: { ...SERVER_FLAGS, path: { type: 'string', multiple: true }, runs: { type: 'string', default: '3' }, chrome: { type: 'string' } },
  });
  const runs = Number(flags.runs);
  if (!Number.isInteger(runs) || runs < 1) {
    throw new OptionsError(`--runs must be a whole number from 1, got "${flags.runs}"`);
  }
  const env = stackEnvironment();
  const options = optionsFromFlags(
    { dist: 'dist/apps/booking-engine/browser', port: '0', ...flags },
    env,
    WORKSPACE_ROOT,
  );
  const paths = flags.path ?? DEFAULT_PATHS;
  const chromePath = flags.chrome ?? env['CHROME_PATH'] ?? '/usr/bin/chromium';

  await requireApi(options.apiUpstream);
  const { app } = await createWebServer(options);
  const base = await app.listen({ host: options.host, port: options.port });
  console.log(`lighthouse: serving ${options.distDir} at ${base}/ (API ${options.apiUpstream}); mobile, simulated throttling`);

  const pages: PageSummary[] = [];
  mkdirSync(OUT_DIR, { recursive: true });
  try {
    for (const path of paths) {
      const results: { lhr: Result; html: string }[] = [];
      for (let run = 1; run <= runs; run++) {
        console.log(`lighthouse: ${path} (run ${run} of ${runs})`);
        results.push(await audit(`${base}${path}`, chromePath));
      }
      // A run that failed outright (runtimeError: no paint, page crashed) cannot be ranked
      // and must not be averaged away: it is the one reported.
      const broken = results.find(({ lhr }) => lhr.runtimeError !== undefined);
      const median = broken ? undefined : computeMedianRun(results.map(({ lhr }) => lhr));
      const chosen = broken ?? results.find(({ lhr }) => lhr === median);
      if (chosen === undefined) {
        throw new Error(`no Lighthouse result for ${path}`);
      }
      const name = path.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'root';
      writeFileSync(resolve(OUT_DIR, `latest-${name}.html`), chosen.html);
      pages.push(summarize(path, chosen.lhr));
    }
  } finally {
    await app.close();
  }

  const failures = pages.flatMap((page) => [...(page.runtimeError ? [`${page.path}: ${page.runtimeError}`] : []), ...page.failures]);
  writeFileSync(
    resolve(OUT_DIR, 'latest.json'),
    `${JSON.stringify({ createdAt: new Date().toISOString(), formFactor: 'mobile', runsPerPage: runs, thresholds: THRESHOLDS, pages, failures }, null, 2)}\n`,
  );
  console.log(`\n${formatTable(pages)}\n(median of ${runs} run${runs === 1 ? '' : 's'} per page)`);
  console.log(`Saved .local/lighthouse/latest.json and an HTML report per page (.local/lighthouse/latest-*.html).`);
  if (failures.length > 0) {
    const bar = Object.entries(THRESHOLDS).map(([category, min]) => `${category} ${min}`).join(', ');
    console.error(`Below the bar (${bar}):\n${failures.map((failure) => `  - ${failure}`).join('\n')}`);
    return 1;
  }
  console.log('Every page meets the bar.');
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`lighthouse: ${error instanceof Error ? error.message : String(error)}`);
    if (error instanceof OptionsError) {
      console.error(USAGE);
    }
    process.exitCode = error instanceof OptionsError ? 64 : error instanceof DistError || error instanceof NotRunningError ? 2 : 1;
  },
);
