import { isCalendarDate } from '@pitchdesk/domain';
import { ValidationFailedError } from '../common/validation';

/** Where a list page ended, in the list's (arrival, id) order. */
export interface ListPosition {
  readonly arrival: string;
  readonly id: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Opaque to clients: base64url of the last row's sort key. */
export function encodeCursor(position: ListPosition): string {
  return Buffer.from(JSON.stringify([position.arrival, position.id])).toString('base64url');
}

/** The position a cursor names; a cursor that no page handed out is the client's mistake (400 on `query.cursor`). */
export function decodeCursor(cursor: string): ListPosition {
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    decoded = null;
  }
  if (Array.isArray(decoded) && decoded.length === 2) {
    const [arrival, id] = decoded as unknown[];
    if (typeof arrival === 'string' && isCalendarDate(arrival) && typeof id === 'string' && UUID.test(id)) {
      return { arrival, id };
    }
  }
  throw new ValidationFailedError({ 'query.cursor': 'expected the nextCursor of an earlier page' });
}

/** `q` as a LIKE prefix pattern: the user's % and _ are literal characters, not wildcards. */
export function likePrefix(text: string): string {
  return `${text.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}
