import { Logger } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';

/** One access-log line per request, with the duration, for latency alarms and debugging. */
export function installRequestLogging(app: NestFastifyApplication): void {
  const logger = new Logger('http');
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onResponse', (request, reply, done) => {
      const entry = {
        message: 'request',
        method: request.method,
        url: request.url,
        status: reply.statusCode,
        durationMs: Math.round(reply.elapsedTime),
        requestId: request.id,
      };
      if (reply.statusCode >= 500) {
        logger.error(entry);
      } else {
        logger.log(entry);
      }
      done();
    });
}
