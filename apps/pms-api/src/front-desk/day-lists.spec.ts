import { describe, expect, it } from 'vitest';
import type { RegistrationGuest } from '@pitchdesk/contracts';
import { dayLists } from './day-lists';
import type { DayStay } from './day-lists';
import type { DeskStay } from './desk-stay';

const DAY = '2027-07-10';
let next = 0;

function stay(overrides: Partial<DeskStay>): DeskStay {
  next += 1;
  return {
    id: `00000000-0000-4000-8000-${String(next).padStart(12, '0')}`,
    propertyId: 'p',
    reference: `REF${next}`,
    status: 'confirmed',
    unitId: `u${next}`,
    unitCode: 'P1',
    unitTypeCode: 'pitch',
    arrival: DAY,
    departure: '2027-07-12',
    party: { adults: 1, childrenAges: [], pets: 0, vehicles: 0 },
    currency: 'EUR',
    guestName: 'Anna Huber',
    locale: 'en',
    checkedInAt: null,
    checkedOutAt: null,
    ...overrides,
  };
}

const complete: RegistrationGuest = {
  surname: 'Huber',
  givenName: 'Anna',
  sex: 'F',
  birthDate: '1990-01-01',
  birthCountry: 'AT',
  birthComune: null,
  birthProvince: null,
  citizenship: 'AT',
  documentType: 'PASOR',
  documentNumber: 'P1',
  documentIssueCountry: 'AT',
  documentIssueComune: null,
};

const around = (desk: DeskStay, guests: RegistrationGuest[] = []): DayStay => ({ stay: desk, balanceMinor: 100, registration: { groupKind: null, guests } });
const ids = (entries: readonly { reservationId: string }[]) => entries.map((entry) => entry.reservationId);

describe('dayLists', () => {
  it('sorts stays into arrivals, departures and in-house for the day', () => {
    const arriving = stay({ unitCode: 'P10' });
    const arrivedEarlier = stay({ unitCode: 'P2', status: 'checked-in' });
    const leaving = stay({ arrival: '2027-07-08', departure: DAY, unitCode: 'A1' });
    const left = stay({ arrival: '2027-07-08', departure: DAY, status: 'checked-out', unitCode: 'A2' });
    const staying = stay({ arrival: '2027-07-01', departure: '2027-07-20', status: 'checked-in', unitCode: 'B1' });
    const noShowYet = stay({ arrival: '2027-07-09', departure: '2027-07-12', unitCode: 'C1' });
    const cancelled = stay({ status: 'cancelled' });
    const lists = dayLists('p', DAY, '2027-07-09', [arriving, arrivedEarlier, leaving, left, staying, noShowYet, cancelled].map((desk) => around(desk)));
    expect(lists).toMatchObject({ propertyId: 'p', date: DAY, today: '2027-07-09' });
    // By unit code, numbers in order: P2 before P10.
    expect(ids(lists.arrivals)).toEqual([arrivedEarlier.id, arriving.id]);
    expect(ids(lists.departures)).toEqual([leaving.id, left.id]);
    expect(ids(lists.inHouse)).toEqual([staying.id, arrivedEarlier.id]);
  });

  it('reports registration progress against the whole party, infants included', () => {
    const family = stay({ party: { adults: 2, childrenAges: [0], pets: 0, vehicles: 0 } });
    const [entry] = dayLists('p', DAY, DAY, [around(family, [complete])]).arrivals;
    expect(entry?.registration).toEqual({ registered: 1, expected: 3, complete: false });
    expect(entry?.party).toEqual({ adults: 2, children: 1, pets: 0, vehicles: 0 });
  });

  it('calls a lone guest with every field registered complete', () => {
    const [entry] = dayLists('p', DAY, DAY, [around(stay({}), [complete])]).arrivals;
    expect(entry?.registration).toEqual({ registered: 1, expected: 1, complete: true });
  });
});
