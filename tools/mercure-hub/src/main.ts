import { ConfigError, loadConfig, type HubConfig } from './config.ts';
import { startHub } from './hub.ts';

// A stuck connection must not keep a stopping stack waiting forever.
const SHUTDOWN_GRACE_MS = 5_000;

function configOrExit(): HubConfig {
  try {
    return loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`mercure-hub: ${error.message}`);
      process.exit(1);
    }
    throw error;
  }
}

const config = configOrExit();
const hub = await startHub(config).catch((error: unknown) => {
  console.error(
    `mercure-hub: cannot listen on ${config.host}:${config.port}:`,
    error instanceof Error ? error.message : error,
  );
  process.exit(1);
});
console.log(`mercure-hub listening on ${hub.url}`);

let stopping = false;
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.on(signal, () => {
    if (stopping) {
      return;
    }
    stopping = true;
    console.log(`mercure-hub: ${signal} received, closing`);
    setTimeout(() => process.exit(1), SHUTDOWN_GRACE_MS).unref();
    void hub.close().then(() => process.exit(0));
  });
}
