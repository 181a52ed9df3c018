import type { ReservationDetail, ReservationListItem } from '@pitchdesk/contracts';
import type { DeskCatalogue } from './reservations-api';

export const API = '/api/staff/properties/lago-verde/reservations';
export const RESERVATION_ID = '11111111-1111-4111-8111-111111111111';

export function listItem(overrides: Partial<ReservationListItem> = {}): ReservationListItem {
  return {
    id: RESERVATION_ID,
    reference: 'K7M3QXPA',
    status: 'confirmed',
    channel: 'phone',
    arrival: '2027-07-01',
    departure: '2027-07-04',
    unitId: 'u-a01',
    unitCode: 'A01',
    unitTypeId: 't-pitch',
    unitTypeCode: 'pitch',
    guestName: 'Anna Rossi',
    guestEmail: 'anna@example.org',
    guestPhone: null,
    partySize: 3,
    totalMinor: 12_345,
    currency: 'EUR',
    ...overrides,
  };
}

export const CATALOGUE: DeskCatalogue = {
  unitTypes: [
    { id: 't-pitch', code: 'pitch', name: { en: 'Pitch', it: 'Piazzola' }, maxGuests: 6 },
    { id: 't-home', code: 'mobile-home', name: { en: 'Mobile home', it: 'Casa mobile' }, maxGuests: 4 },
  ],
  units: [
    { id: 'u-a01', unitTypeId: 't-pitch', code: 'A01' },
    { id: 'u-a02', unitTypeId: 't-pitch', code: 'A02' },
    { id: 'u-m01', unitTypeId: 't-home', code: 'M01' },
  ],
  extras: [{ code: 'linen', name: { en: 'Bed linen', it: 'Biancheria' }, unitTypeCodes: ['mobile-home'], maxQuantity: 1 }],
};

export function detail(overrides: Partial<ReservationDetail> = {}): ReservationDetail {
  const quote = { currency: 'EUR', nights: 3, lines: [{ kind: 'accommodation' as const, code: 'high', quantity: 3, unitMinor: 4000, amountMinor: 12_000 }], totalMinor: 12_000 };
  return {
    id: RESERVATION_ID,
    propertyId: '22222222-2222-4222-8222-222222222222',
    reference: 'K7M3QXPA',
    status: 'confirmed',
    channel: 'phone',
    etag: '"tag-1"',
    version: 1,
    unit: { id: 'u-a01', code: 'A01' },
    unitType: { id: 't-pitch', code: 'pitch' },
    arrival: '2027-07-01',
    departure: '2027-07-04',
    nights: 3,
    party: { adults: 2, childrenAges: [], pets: 0, vehicles: 0 },
    extras: [],
    guest: { firstName: 'Anna', lastName: 'Rossi', email: 'anna@example.org', phone: null, country: 'IT' },
    locale: 'it',
    quote,
    totalMinor: 12_000,
    currency: 'EUR',
    rateCardVersion: 1,
    cancellationTerms: { freeUntil: '2027-06-01', feeNowMinor: 3_600 },
    cancelledAt: null,
    cancellationFeeMinor: null,
    createdAt: '2027-01-10T09:00:00.000Z',
    createdBy: { id: 'staff-1', name: 'Marta' },
    overrides: [],
    notes: [{ id: '1', text: 'Arrives late', author: { id: 'staff-1', name: 'Marta' }, createdAt: '2027-01-10T09:05:00.000Z' }],
    audit: [{ id: '1', action: 'reservation.created', actor: { id: 'staff-1', name: 'Marta' }, at: '2027-01-10T09:00:00.000Z', before: null, after: { channel: 'phone' } }],
    ...overrides,
  };
}
