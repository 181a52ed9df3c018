import { describe, expect, it } from 'vitest';
import { etagMatches, reservationEtag } from './reservation-etag';

const reservation = {
  version: 1,
  status: 'confirmed',
  unitId: 'u1',
  arrival: '2027-07-01',
  departure: '2027-07-04',
  party: { adults: 2, childrenAges: [], pets: 0, vehicles: 0 },
  extras: [],
  guest: { firstName: 'Anna', lastName: 'Rossi', email: '', country: 'IT' },
  totalMinor: 10_000,
  locale: 'it',
};

describe('reservationEtag', () => {
  it('is stable for the same state and changes with any field an edit could overwrite', () => {
    const tag = reservationEtag(reservation);
    expect(tag).toMatch(/^"[A-Za-z0-9_-]{22}"$/);
    expect(reservationEtag({ ...reservation })).toBe(tag);
    for (const changed of [{ version: 2 }, { departure: '2027-07-05' }, { unitId: 'u2' }, { totalMinor: 9_999 }, { status: 'checked-in' }, { guest: { ...reservation.guest, lastName: 'Bianchi' } }]) {
      expect(reservationEtag({ ...reservation, ...changed })).not.toBe(tag);
    }
  });
});

describe('etagMatches', () => {
  it('accepts the tag quoted, bare, weak or in a list; nothing else', () => {
    const tag = reservationEtag(reservation);
    const bare = tag.slice(1, -1);
    expect([tag, bare, `W/${tag}`, `"other", ${tag}`].map((header) => etagMatches(header, tag))).toEqual([true, true, true, true]);
    expect(etagMatches('"other"', tag)).toBe(false);
    expect(etagMatches('*', tag)).toBe(false);
  });
});
