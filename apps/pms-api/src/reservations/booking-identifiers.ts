import { createHmac, randomInt, timingSafeEqual } from 'node:crypto';

// No 0/O, 1/I/L: a reference is read out over the phone at the reception desk.
const REFERENCE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

/** `K7M3QXPA`: 8 characters, about 2^39 values; uniqueness is enforced by the database. */
export function newReference(): string {
  return Array.from({ length: 8 }, () => REFERENCE_ALPHABET[randomInt(REFERENCE_ALPHABET.length)]).join('');
}

/**
 * The manage-my-booking token is derived from the reservation id with a server key, so
 * nothing secret is stored, and an idempotent retry of the booking returns the same one.
 */
export function manageToken(key: string, reservationId: string): string {
  return createHmac('sha256', key).update(`manage:${reservationId}`).digest('base64url');
}

export function isManageToken(key: string, reservationId: string, candidate: string): boolean {
  const expected = Buffer.from(manageToken(key, reservationId));
  const given = Buffer.from(candidate);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
