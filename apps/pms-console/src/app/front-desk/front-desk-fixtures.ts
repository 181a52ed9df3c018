import type { DayListEntry, Folio, FrontDeskDay, Registration } from '@pitchdesk/contracts';

export const STAY_ID = '00000000-0000-4000-8000-0000000000a1';
export const BASE = '/api/staff/properties/lago-verde';

export function entry(overrides: Partial<DayListEntry>): DayListEntry {
  return {
    reservationId: STAY_ID,
    reference: 'ABCD1234',
    status: 'confirmed',
    guestName: 'Giulia Rossi',
    unitId: '00000000-0000-4000-8000-0000000000b1',
    unitCode: 'P1',
    arrival: '2027-07-10',
    departure: '2027-07-12',
    party: { adults: 2, children: 0, pets: 1, vehicles: 0 },
    balanceMinor: 12_350,
    currency: 'EUR',
    registration: { registered: 1, expected: 2, complete: false },
    ...overrides,
  };
}

export function day(overrides: Partial<FrontDeskDay> = {}): FrontDeskDay {
  return {
    propertyId: '00000000-0000-4000-8000-0000000000c1',
    date: '2027-07-10',
    today: '2027-07-10',
    arrivals: [entry({})],
    departures: [],
    inHouse: [entry({ reservationId: '00000000-0000-4000-8000-0000000000a2', reference: 'EFGH5678', guestName: 'Jonas Huber', status: 'checked-in', unitCode: 'MH2', registration: { registered: 2, expected: 2, complete: true } })],
    ...overrides,
  };
}

export function registration(overrides: Partial<Registration> = {}): Registration {
  return {
    reservationId: STAY_ID,
    reference: 'ABCD1234',
    status: 'confirmed',
    arrival: '2027-07-10',
    departure: '2027-07-12',
    partySize: 2,
    groupKind: null,
    guests: [],
    gaps: [],
    complete: false,
    updatedAt: null,
    ...overrides,
  };
}

export function folio(overrides: Partial<Folio> = {}): Folio {
  return {
    reservationId: STAY_ID,
    reference: 'ABCD1234',
    status: 'checked-in',
    guestName: 'Giulia Rossi',
    unitCode: 'P1',
    unitTypeCode: 'pitch-standard',
    arrival: '2027-07-10',
    departure: '2027-07-12',
    currency: 'EUR',
    groups: [
      {
        group: 'nights',
        totalMinor: 4_000,
        lines: [{ id: '1', group: 'nights', kind: 'accommodation', code: 'high', description: null, quantity: 2, unitMinor: 2_000, amountMinor: 4_000, source: 'quote', createdBy: null }],
      },
      {
        group: 'extras',
        totalMinor: 1_200,
        lines: [{ id: '2', group: 'extras', kind: 'desk-extra', code: 'linen', description: null, quantity: 1, unitMinor: 1_200, amountMinor: 1_200, source: 'desk', createdBy: 's' }],
      },
    ],
    payments: [],
    totalMinor: 5_200,
    paidMinor: 0,
    balanceMinor: 5_200,
    ...overrides,
  };
}
