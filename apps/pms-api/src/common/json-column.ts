// MariaDB's JSON is LONGTEXT underneath; depending on the column metadata mysql2 hands
// back text or an object, so both are accepted.
export function json<T>(value: T | string): T {
  return typeof value === 'string' ? (JSON.parse(value) as T) : value;
}
