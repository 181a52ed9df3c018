/** MySQL/MariaDB error numbers the booking flow reacts to. */
export const MYSQL_DUPLICATE_KEY = 1062;
export const MYSQL_LOCK_WAIT_TIMEOUT = 1205;
export const MYSQL_DEADLOCK = 1213;

/** The server's error number, from a raw mysql2 error or TypeORM's QueryFailedError wrapping one. */
export function mysqlErrno(error: unknown): number | undefined {
  const candidate = (error as { driverError?: { errno?: unknown }; errno?: unknown } | null) ?? {};
  const errno = candidate.driverError?.errno ?? candidate.errno;
  return typeof errno === 'number' ? errno : undefined;
}
