import { exitAfter } from './common/exit-after';
import { ConfigError, loadMigrationConfig } from './config/app-config';
import { createLogger } from './common/logger';
import { MigrateExit, runMigrations } from './database/migration-runner';

/** One-off task: `node migrate.js`. Runs before services update; exits with a MigrateExit code. */
async function main(): Promise<MigrateExit> {
  let config;
  try {
    config = loadMigrationConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      return MigrateExit.CONFIG;
    }
    throw error;
  }
  const logger = createLogger(config);
  try {
    return await runMigrations(config, logger);
  } catch (error) {
    logger.error({ message: 'migration failed', error: String(error), stack: (error as Error).stack });
    return MigrateExit.FAILED;
  }
}

void main().then((code) => exitAfter(code));
