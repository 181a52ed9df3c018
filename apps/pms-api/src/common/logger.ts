import { ConsoleLogger } from '@nestjs/common';
import type { LogLevel } from '@nestjs/common';
import type { MigrationConfig } from '../config/app-config';

const LEVELS: LogLevel[] = ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'];

type JsonLogOptions = Parameters<ConsoleLogger['getJsonLogObject']>[1];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Nest's JSON logger, with structured messages flattened: `logger.log({ message:
 * 'request', status: 503 })` prints `{"level":"log",...,"message":"request","status":503}`
 * rather than nesting the object under `message`, so CloudWatch metric filters and log
 * queries can match `$.status` directly. Framework fields win on key collisions.
 */
export class StructuredLogger extends ConsoleLogger {
  protected override getJsonLogObject(message: unknown, options: JsonLogOptions): ReturnType<ConsoleLogger['getJsonLogObject']> {
    const record = super.getJsonLogObject(message, options);
    if (!isRecord(message) || typeof message['message'] !== 'string') {
      return record;
    }
    return { ...message, ...record, message: message['message'] };
  }
}

/**
 * One JSON object per line in production (CloudWatch metric filters match on `level`);
 * readable text for a developer who asks for it.
 */
export function createLogger(config: Pick<MigrationConfig, 'PD_LOG_LEVEL' | 'PD_LOG_FORMAT'>): ConsoleLogger {
  const logLevels = LEVELS.slice(0, LEVELS.indexOf(config.PD_LOG_LEVEL) + 1);
  return new StructuredLogger({ json: config.PD_LOG_FORMAT === 'json', logLevels, colors: false });
}
