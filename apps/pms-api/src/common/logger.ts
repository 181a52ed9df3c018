import { ConsoleLogger } from '@nestjs/common';
import type { LogLevel } from '@nestjs/common';
import type { MigrationConfig } from '../config/app-config';

const LEVELS: LogLevel[] = ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'];

/**
 * One JSON object per line in production (CloudWatch metric filters match on `level`);
 * readable text for a developer who asks for it.
 */
export function createLogger(config: Pick<MigrationConfig, 'PD_LOG_LEVEL' | 'PD_LOG_FORMAT'>): ConsoleLogger {
  const logLevels = LEVELS.slice(0, LEVELS.indexOf(config.PD_LOG_LEVEL) + 1);
  return new ConsoleLogger({ json: config.PD_LOG_FORMAT === 'json', logLevels, colors: false });
}
