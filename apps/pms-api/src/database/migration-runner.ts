import { DataSource } from 'typeorm';
import type { LoggerService } from '@nestjs/common';
import type { MigrationConfig } from '../config/app-config';
import { primaryOnlyDataSourceOptions } from './data-source-options';
import type { PhasedMigration } from './migration-phase';
import { MIGRATIONS } from './migrations';

/** Exit codes an operator (and the deploy script) can tell apart. */
export const MigrateExit = {
  OK: 0,
  FAILED: 1,
  CONFIG: 2,
  LOCK_BUSY: 3,
  REFUSED: 4,
} as const;
export type MigrateExit = (typeof MigrateExit)[keyof typeof MigrateExit];

const LOCK_NAME = 'pitchdesk.schema-migrations';

/**
 * Runs pending migrations on the writer under a named lock, so two deploys can never
 * migrate at once. The full expand/contract runner builds on this.
 */
export async function runMigrations(config: MigrationConfig, logger: LoggerService): Promise<MigrateExit> {
  const unphased = MIGRATIONS.map((Migration) => new Migration() as Partial<PhasedMigration> & { name?: string })
    .filter((migration) => migration.phase !== 'expand' && migration.phase !== 'contract')
    .map((migration) => migration.name);
  if (unphased.length > 0) {
    logger.error({ message: 'every migration must declare phase expand or contract', migrations: unphased });
    return MigrateExit.REFUSED;
  }
  const dataSource = await new DataSource(primaryOnlyDataSourceOptions(config)).initialize();
  const lockRunner = dataSource.createQueryRunner('master');
  try {
    const [{ acquired }] = (await lockRunner.query('SELECT GET_LOCK(?, 0) AS acquired', [LOCK_NAME])) as { acquired: number | null }[];
    if (acquired !== 1) {
      logger.warn({ message: 'another migration run holds the lock', lock: LOCK_NAME });
      return MigrateExit.LOCK_BUSY;
    }
    const applied = await dataSource.runMigrations({ transaction: 'none' });
    logger.log({ message: 'migrations done', applied: applied.map((migration) => migration.name) });
    return MigrateExit.OK;
  } finally {
    await lockRunner.query('DO RELEASE_LOCK(?)', [LOCK_NAME]).catch(() => undefined);
    await lockRunner.release();
    await dataSource.destroy();
  }
}
