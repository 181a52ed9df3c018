import { createLogger } from '../../common/logger';
import { ConfigError, loadMigrationConfig } from '../../config/app-config';
import type { MigrationConfig } from '../../config/app-config';
import { runMigrations } from '../migration-runner';
import { MigrateExit, MigrationRunError } from './exit-codes';
import { MIGRATE_USAGE, parseMigrateArgs } from './migrate-args';
import type { ParsedMigrateArgs } from './migrate-args';
import type { MigrationClass } from './migration-plan';

function parseOrExplain(argv: readonly string[]): ParsedMigrateArgs | undefined {
  try {
    return parseMigrateArgs(argv);
  } catch (error) {
    if (error instanceof MigrationRunError) {
      console.error(`migrate: ${error.message}\n\n${MIGRATE_USAGE}`);
      return undefined;
    }
    throw error;
  }
}

function configOrExplain(env: Record<string, string | undefined>): MigrationConfig | undefined {
  try {
    return loadMigrationConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      return undefined;
    }
    throw error;
  }
}

/**
 * What `node migrate.js` does, with the migration list as a parameter so that tests can
 * run the same command line, signal handling and exit codes over migrations of their own.
 */
export async function runMigrateCli(
  argv: readonly string[],
  env: Record<string, string | undefined>,
  migrations?: readonly MigrationClass[],
): Promise<MigrateExit> {
  const parsed = parseOrExplain(argv);
  if (!parsed) {
    return MigrateExit.CONFIG;
  }
  if (parsed.kind === 'help') {
    console.log(MIGRATE_USAGE);
    return MigrateExit.OK;
  }
  const config = configOrExplain(env);
  if (!config) {
    return MigrateExit.CONFIG;
  }
  const logger = createLogger(config);
  // ECS sends SIGTERM (then SIGKILL after stopTimeout): finish the statement in flight,
  // which MySQL cannot undo anyway, journal it, and stop before the next one.
  const controller = new AbortController();
  const stop = (signal: NodeJS.Signals): void => {
    if (!controller.signal.aborted) {
      logger.warn({ message: 'stop requested: finishing the current step, then stopping', signal });
      controller.abort();
    }
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  try {
    return await runMigrations(config, logger, { ...parsed.args, ...(migrations ? { migrations } : {}), signal: controller.signal });
  } catch (error) {
    logger.error({ message: 'migration failed', error: String(error), stack: error instanceof Error ? error.stack : undefined });
    return MigrateExit.FAILED;
  } finally {
    process.off('SIGTERM', stop);
    process.off('SIGINT', stop);
  }
}
