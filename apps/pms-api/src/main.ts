import { Logger } from '@nestjs/common';
import { ShutdownState } from './common/shutdown-state';
import { ConfigError, loadConfig } from './config/app-config';
import { createHttpApp } from './http-app';

async function main(): Promise<void> {
  const config = loadConfig(process.env);
  const app = await createHttpApp(config);
  await app.listen(config.PD_HTTP_PORT, config.PD_HTTP_HOST);
  const logger = new Logger('main');
  logger.log({ message: 'listening', url: await app.getUrl(), release: config.PD_RELEASE });

  const shutdownState = app.get(ShutdownState);
  const stop = async (signal: string): Promise<void> => {
    if (shutdownState.draining) {
      return;
    }
    // Report unhealthy first and keep serving while the load balancer stops routing here,
    // then close: Fastify waits for in-flight requests, then pools and clients close.
    shutdownState.startDraining();
    logger.log({ message: 'draining', signal, drainMs: config.PD_SHUTDOWN_DRAIN_MS });
    await new Promise((resolve) => setTimeout(resolve, config.PD_SHUTDOWN_DRAIN_MS));
    await app.close();
    logger.log({ message: 'stopped' });
    process.exit(0);
  };
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, (received) => void stop(received));
  }
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    console.error(error.message);
    process.exit(2);
  }
  console.error(JSON.stringify({ level: 'fatal', message: 'failed to start', error: String(error), stack: (error as Error).stack }));
  process.exit(1);
});
