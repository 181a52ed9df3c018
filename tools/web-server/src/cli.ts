import { createWebServer } from './server.ts';
import { DistError } from './dist.ts';
import { OptionsError, USAGE, parseOptions } from './options.ts';

// A stuck connection must not keep Ctrl-C waiting forever.
const SHUTDOWN_GRACE_MS = 5_000;

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2), process.env);
  const { app, layout } = await createWebServer(options);
  const address = await app.listen({ host: options.host, port: options.port });
  const apps = layout.locales.length > 0 ? `locales ${layout.locales.join(', ')}` : 'one app, no locales';
  console.log(`web-server: ${options.distDir} (${apps}) at ${address}/`);
  console.log(`web-server: /api -> ${options.apiUpstream}, /.well-known/mercure -> ${options.hubUpstream}`);

  let stopping = false;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      if (stopping) {
        return;
      }
      stopping = true;
      setTimeout(() => process.exit(1), SHUTDOWN_GRACE_MS).unref();
      void app.close().then(() => process.exit(0));
    });
  }
}

main().catch((error: unknown) => {
  if (error instanceof OptionsError) {
    console.error(`web-server: ${error.message}\n\n${USAGE}`);
    process.exit(64);
  }
  if (error instanceof DistError) {
    console.error(`web-server: ${error.message}`);
    process.exit(1);
  }
  const message = error instanceof Error ? error.message : String(error);
  const inUse = (error as { code?: string }).code === 'EADDRINUSE';
  console.error(`web-server: ${message}${inUse ? ' (another `npm start` or serve-static? stop it, or pass another --port)' : ''}`);
  process.exit(1);
});
