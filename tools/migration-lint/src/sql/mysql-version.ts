/** A MySQL server version as [major, minor, patch]. */
export type MysqlVersion = readonly [number, number, number];

/**
 * Aurora MySQL 3.04 (the oldest 3.x long-term-support line) is MySQL 8.0.28. Linting
 * for it by default is the safe side: what is instant on 8.0.28 is instant on every
 * later 8.0, not the other way round (instant DROP COLUMN and ADD COLUMN ... AFTER need
 * 8.0.29, i.e. Aurora 3.05+). Raise it with --target-mysql once production is newer.
 */
export const DEFAULT_TARGET_MYSQL = '8.0.28';

export function parseMysqlVersion(text: string): MysqlVersion | undefined {
  const parts = text.split('.').map((part) => Number(part));
  if (parts.length !== 3 || parts.some((part) => !Number.isInteger(part) || part < 0)) {
    return undefined;
  }
  return [parts[0] ?? 0, parts[1] ?? 0, parts[2] ?? 0];
}

export function isAtLeast(version: MysqlVersion, minimum: MysqlVersion): boolean {
  for (let index = 0; index < 3; index += 1) {
    const difference = (version[index] ?? 0) - (minimum[index] ?? 0);
    if (difference !== 0) {
      return difference > 0;
    }
  }
  return true;
}

export function formatMysqlVersion(version: MysqlVersion): string {
  return version.join('.');
}
