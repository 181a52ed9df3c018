import { startEverything } from './start-everything.ts';
import { testAll } from './test-all.ts';

const USAGE = `usage: npm start | npm test
  start  local stack + API (migrated, demo data) + both UIs; prints the URLs; Ctrl-C stops the apps
         (the booking engine is its production build in every language, served by tools/web-server)
  test   lint, type-check, unit, bundle size, medium (real services) and e2e suites; ends with "N passed, N failed"`;

const log = (line: string): void => console.log(line);

async function start(): Promise<number> {
  const apps = await startEverything(log);
  log('');
  log('Pitchdesk is running:');
  log(`  booking engine  ${apps.urls.bookingEngine}/  (goes to /it/, /en/, /de/ or /nl/ by the browser's language)`);
  log(`  PMS console     ${apps.urls.pmsConsole}`);
  log(`  API             ${apps.urls.api}/api/health`);
  log('Logs in .local/run/. Ctrl-C stops the API and UIs; `npm run stack:stop` stops the services.');
  await new Promise<void>((resolve) => {
    process.once('SIGINT', () => resolve());
    process.once('SIGTERM', () => resolve());
  });
  log('stopping the API and UIs...');
  await apps.stop();
  return 0;
}

async function main(command: string | undefined): Promise<number> {
  switch (command ?? '') {
    case 'start':
      return start();
    case 'test':
      return testAll(log);
    default:
      console.error(USAGE);
      return 64;
  }
}

main(process.argv[2]).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  },
);
