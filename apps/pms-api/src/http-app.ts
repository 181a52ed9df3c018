import type { NestApplicationOptions } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { AppModule } from './app.module';
import { HttpErrorFilter } from './common/http-error.filter';
import { createLogger } from './common/logger';
import { installRequestLogging } from './common/request-logging';
import type { AppConfig } from './config/app-config';

/** How the Nest application is made; a test may make it from a TestingModule with a provider replaced. */
export type HttpAppFactory = (adapter: FastifyAdapter, options: NestApplicationOptions) => Promise<NestFastifyApplication> | NestFastifyApplication;

/** Builds the HTTP application; main.ts and the integration tests share it. */
export async function createHttpApp(
  config: AppConfig,
  create: HttpAppFactory = (adapter, options) => NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config), adapter, options),
): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    // On close, idle keep-alive sockets are ended at once; in-flight requests finish.
    forceCloseConnections: 'idle',
    bodyLimit: 1_048_576,
    requestIdHeader: 'x-request-id',
  });
  const app = await create(adapter, { logger: createLogger(config) });
  app.setGlobalPrefix('api');
  app.useGlobalFilters(new HttpErrorFilter());
  installRequestLogging(app);
  return app;
}
