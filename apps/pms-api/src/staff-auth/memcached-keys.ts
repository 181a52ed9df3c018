import type { AppConfig } from '../config/app-config';

/**
 * Prefix of the staff keys in memcached: the database's name. A session names a user of
 * one database, so two API stacks sharing a memcached (a developer's API and the medium
 * tests on one machine) must neither see each other's sessions nor share counters.
 */
export function staffKeyPrefix(config: Pick<AppConfig, 'PD_DB_PRIMARY_URL'>): string {
  const database = decodeURIComponent(new URL(config.PD_DB_PRIMARY_URL).pathname.slice(1)) || 'default';
  return `pd:${database.replace(/[^\w-]/g, '_')}:staff`;
}
