import type { DataSourceOptions } from 'typeorm';
import type { AppConfig } from '../config/app-config';
import { credentialsFromUrl } from './connection-url';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';

type DatabaseConfig = Pick<
  AppConfig,
  'PD_DB_PRIMARY_URL' | 'PD_DB_REPLICA_URL' | 'PD_DB_POOL_SIZE' | 'PD_DEPENDENCY_TIMEOUT_MS'
>;

/** Options shared by the read/write-split API pool and the primary-only migration runner. */
const commonOptions = {
  type: 'mysql' as const,
  charset: 'utf8mb4_unicode_ci',
  timezone: 'Z',
  // Nights are property-local calendar dates: DATE columns stay 'YYYY-MM-DD' strings,
  // never JS Dates that a server time zone could shift by a day.
  dateStrings: ['DATE'] as string[],
  entities: ENTITIES,
  migrations: MIGRATIONS,
  migrationsTableName: 'schema_migrations',
  // Schema changes only ever go through reviewed expand/contract migrations.
  synchronize: false,
  migrationsRun: false,
};

/**
 * Writes, transactions and raw queries go to `master`; repository reads to the `slaves`.
 * Locally master/slaves are the MariaDB primary and its replica; in production both point
 * at ProxySQL, which routes to the Aurora writer and readers.
 */
export function replicatedDataSourceOptions(config: DatabaseConfig): DataSourceOptions {
  const connectTimeout = config.PD_DEPENDENCY_TIMEOUT_MS;
  return {
    ...commonOptions,
    poolSize: config.PD_DB_POOL_SIZE,
    connectTimeout,
    replication: {
      master: credentialsFromUrl(config.PD_DB_PRIMARY_URL),
      slaves: config.PD_DB_REPLICA_URL.map(credentialsFromUrl),
      canRetry: true,
      // mysql2 drops a replica after this many errors; without a restore timeout it is
      // gone until the process restarts, so a replica that comes back would never be used.
      removeNodeErrorCount: 1,
      restoreNodeTimeout: 1_000,
    },
  };
}

/** The migration runner talks to the writer only, never through a read/write splitter. */
export function primaryOnlyDataSourceOptions(config: Pick<AppConfig, 'PD_DB_PRIMARY_URL'>): DataSourceOptions {
  return { ...commonOptions, ...credentialsFromUrl(config.PD_DB_PRIMARY_URL), poolSize: 2 };
}
