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

/**
 * The local stack, the API (migrated, with demo data) and both UIs, the way `npm start`
 * runs them; the test command starts the same things the same way for the e2e suites.
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

  log('==> building the API, migrating, loading demo data');
  await mustSucceed('building the API', 'nx', ['run', 'pms-api:build', '--outputStyle=static'], env);
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
    const uiPorts = { 'booking-engine': new URL(urls.bookingEngine).port, 'pms-console': new URL(urls.pmsConsole).port };
    const uis = (['booking-engine', 'pms-console'] as const).map((app) =>
      // The dev server takes its port only as an option, so the configured one is passed on.
      startInBackground(app, 'nx', ['run', `${app}:serve`, `--port=${uiPorts[app]}`, '--outputStyle=stream'], {
        env,
        cwd: WORKSPACE_ROOT,
        logFile: resolve(RUN_DIR, `${app}.log`),
      }),
    );
    started.push(...uis);
    const [bookingEngine, pmsConsole] = uis as [Background, Background];
    await Promise.all([
      waitForUrl(`${urls.api}/api/health/live`, 30_000, api),
      waitForUrl(`${urls.bookingEngine}/`, 180_000, bookingEngine),
      waitForUrl(`${urls.pmsConsole}/`, 180_000, pmsConsole),
    ]);
  } catch (error) {
    await stop();
    throw error;
  }
  return { urls, stop };
}
