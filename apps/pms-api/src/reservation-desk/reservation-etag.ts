import { createHash } from 'node:crypto';
import type { DeskReservation } from './desk-reservation';

type Tagged = Pick<DeskReservation, 'version' | 'status' | 'unitId' | 'arrival' | 'departure' | 'party' | 'extras' | 'guest' | 'totalMinor' | 'locale'>;

/**
 * The reservation's entity tag: a hash of what an edit could overwrite, the version
 * included. Hashing the fields rather than trusting the version alone also catches
 * changes made by code that does not bump it (a move on the planning board, a check-in).
 */
export function reservationEtag(reservation: Tagged): string {
  const state = [
    reservation.version,
    reservation.status,
    reservation.unitId,
    reservation.arrival,
    reservation.departure,
    reservation.party,
    reservation.extras,
    reservation.guest,
    reservation.totalMinor,
    reservation.locale,
  ];
  return `"${createHash('sha256').update(JSON.stringify(state)).digest('base64url').slice(0, 22)}"`;
}

/** Whether an If-Match header names this tag (weak or strong form, quoted or not). */
export function etagMatches(ifMatch: string, etag: string): boolean {
  const bare = (tag: string): string => tag.trim().replace(/^W\//, '').replace(/^"(.*)"$/, '$1');
  return ifMatch.split(',').some((candidate) => bare(candidate) === bare(etag));
}
