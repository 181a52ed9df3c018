import { resolve } from 'node:path';
import { RUN_DIR, WORKSPACE_ROOT, environmentWithStack } from './workspace.ts';
import { runVisible, startInBackground, waitForUrl } from './processes.ts';
import type { Background } from './processes.ts';

export interface RunningApps {
  readonly urls: { api: string; bookingEngine: string; pmsConsole: string };
  stop(): Promise<void>;
}

type Log = (line: string) => void;

async function mustSucceed(step: string, command: string, args: readonly string[], env: NodeJS.ProcessEnv): Promise<void> {
  const code = await runVisible(command, args, env, WORKSPACE_ROOT);
  if (code !== 0) {
    throw new Error(`${step} failed (exit code ${code})`);
  }
}

/** The booking engine's production build: one app per language under it (`en/`, `it/`...). */
export const BOOKING_ENGINE_DIST = 'dist/apps/booking-engine/browser';

/**
 * The local stack, the API (migrated, with demo data) and both UIs, the way `npm start`
 * runs them; the test command starts the same things the same way for the e2e suites.
 * The booking engine is the production build (every language, as CloudFront will serve
 * it) behind tools/web-server; the PMS console is still Angular's dev server.
 */
export async function startEverything(log: Log): Promise<RunningApps> {
  const node = process.execPath;
  log('==> local stack');
  await mustSucceed('starting the local stack', node, ['tools/local-stack/src/cli.ts', 'start'], process.env);
  const env = environmentWithStack();
  const port = (name: string, fallback: number): number => Number(env[name] ?? fallback);
  const urls = {
    api: `http://127.0.0.1:${port('PD_HTTP_PORT', 28100)}`,
    bookingEngine: `http://127.0.0.1:${port('PD_BOOKING_ENGINE_PORT', 28101)}`,
    pmsConsole: `http://127.0.0.1:${port('PD_PMS_CONSOLE_PORT', 28102)}`,
  };

  log('==> building the API and the booking engine (production, every language), migrating, loading demo data');
  // Nx caches both builds: unchanged sources make this step take seconds.
  const build = ['run-many', '-t', 'build', '-p', 'pms-api', 'booking-engine', '--outputStyle=static'];
  await mustSucceed('building the API and the booking engine (the failed task is named above)', 'nx', build, env);
  await mustSucceed('migrating', node, ['dist/apps/pms-api/migrate.js'], env);
  await mustSucceed('loading demo data', node, ['dist/apps/pms-api/job.js', 'seed-demo'], env);

  const started: Background[] = [];
  const stop = async (): Promise<void> => {
    await Promise.all(started.map((process) => process.stop()));
  };
  try {
    log('==> API and both UIs');
    const api = startInBackground('pms-api', node, ['dist/apps/pms-api/main.js'], {
      env,
      cwd: WORKSPACE_ROOT,
      logFile: resolve(RUN_DIR, 'pms-api.log'),
    });
    started.push(api);
    const bookingEngine = startInBackground(
      'booking-engine',
      node,
      // The hub's address comes from PD_HUB_URL in the stack's variables.
      ['tools/web-server/src/cli.ts', '--dist', BOOKING_ENGINE_DIST, '--port', new URL(urls.bookingEngine).port, '--api', urls.api],
      { env, cwd: WORKSPACE_ROOT, logFile: resolve(RUN_DIR, 'booking-engine.log') },
    );
    started.push(bookingEngine);
    // The dev server takes its port only as an option, so the configured one is passed on.
    const pmsConsole = startInBackground(
      'pms-console',
      'nx',
      ['run', 'pms-console:serve', `--port=${new URL(urls.pmsConsole).port}`, '--outputStyle=stream'],
      { env, cwd: WORKSPACE_ROOT, logFile: resolve(RUN_DIR, 'pms-console.log') },
    );
    started.push(pmsConsole);
    await Promise.all([
      waitForUrl(`${urls.api}/api/health/live`, 30_000, api),
      // `/` answers with a redirect to a language, which fetch follows: both are checked.
      waitForUrl(`${urls.bookingEngine}/`, 30_000, bookingEngine),
      waitForUrl(`${urls.pmsConsole}/`, 180_000, pmsConsole),
    ]);
  } catch (error) {
    await stop();
    throw error;
  }
  return { urls, stop };
}
