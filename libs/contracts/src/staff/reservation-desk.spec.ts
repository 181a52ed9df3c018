import { describe, expect, it } from 'vitest';
import {
  deskBookingRequestSchema,
  priceOverrideSchema,
  reservationCancelSchema,
  reservationEditSchema,
  reservationListQuerySchema,
  reservationNoteRequestSchema,
} from './reservation-desk';

const issuesOf = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  (result.error?.issues ?? []).map((issue) => `${issue.path.join('.')}: ${issue.message}`);

const booking = {
  channel: 'phone',
  unitId: '0b6e7c1a-7d2e-4f4e-9a51-3c2d1e0f9a8b',
  stay: { arrival: '2027-07-01', departure: '2027-07-04' },
  party: { adults: 2 },
  guest: { firstName: ' Anna ', lastName: 'Rossi', country: 'IT' },
};

describe('reservationListQuerySchema', () => {
  it('reads the query string: empty fields are no filter, limit defaults to 25', () => {
    expect(reservationListQuerySchema.parse({ q: ' ross ', status: '', arrivalFrom: '2027-07-01', limit: '10' })).toEqual({
      q: 'ross',
      arrivalFrom: '2027-07-01',
      limit: 10,
    });
    expect(reservationListQuerySchema.parse({})).toEqual({ limit: 25 });
  });

  it.each([
    [{ status: 'expired' }, 'status'],
    [{ limit: '101' }, 'limit'],
    [{ arrivalFrom: '2027-07-05', arrivalTo: '2027-07-01' }, 'arrivalTo'],
    [{ cursor: 'not a cursor' }, 'cursor'],
    [{ unitTypeId: 'pitch' }, 'unitTypeId'],
  ])('refuses %j on %s', (query, field) => {
    expect(issuesOf(reservationListQuerySchema.safeParse(query)).map((issue) => issue.split(':')[0])).toEqual([field]);
  });
});

describe('deskBookingRequestSchema', () => {
  it('takes a guest without e-mail or phone, trims names, defaults extras and locale', () => {
    expect(deskBookingRequestSchema.parse(booking)).toEqual({
      ...booking,
      party: { adults: 2, childrenAges: [], pets: 0, vehicles: 0 },
      guest: { firstName: 'Anna', lastName: 'Rossi', country: 'IT' },
      extras: [],
      locale: 'it',
    });
  });

  it('needs a reason for every override', () => {
    expect(issuesOf(deskBookingRequestSchema.safeParse({ ...booking, ruleOverride: {} }))).toEqual([
      'ruleOverride.reason: say why (the reason is recorded with the override)',
    ]);
    expect(issuesOf(deskBookingRequestSchema.safeParse({ ...booking, ruleOverride: { reason: '   ' } }))).toEqual([
      'ruleOverride.reason: say why (the reason is recorded with the override)',
    ]);
    expect(issuesOf(reservationCancelSchema.safeParse({ feeOverride: { feeMinor: 0 } }))).toEqual(['feeOverride.reason: say why (the reason is recorded with the override)']);
  });

  it('refuses an unknown channel and a departure before the arrival', () => {
    expect(issuesOf(deskBookingRequestSchema.safeParse({ ...booking, channel: 'online' })).map((issue) => issue.split(':')[0])).toEqual(['channel']);
    expect(issuesOf(deskBookingRequestSchema.safeParse({ ...booking, stay: { arrival: '2027-07-04', departure: '2027-07-01' } }))).toEqual([
      'stay.departure: departure must be after arrival',
    ]);
  });
});

describe('priceOverrideSchema', () => {
  it('takes a total or an adjustment, not both, not neither', () => {
    expect(priceOverrideSchema.safeParse({ totalMinor: 5000, reason: 'Regular' }).success).toBe(true);
    expect(priceOverrideSchema.safeParse({ adjustmentMinor: -500, reason: 'Noise' }).success).toBe(true);
    expect(issuesOf(priceOverrideSchema.safeParse({ totalMinor: 5000, adjustmentMinor: 1, reason: 'x' }))).toEqual(['totalMinor: give either totalMinor or adjustmentMinor']);
    expect(issuesOf(priceOverrideSchema.safeParse({ reason: 'x' }))).toEqual(['totalMinor: give either totalMinor or adjustmentMinor']);
  });
});

describe('reservationEditSchema and reservationNoteRequestSchema', () => {
  it('needs at least one change', () => {
    expect(issuesOf(reservationEditSchema.safeParse({})).map((issue) => issue.split(':')[0])).toEqual(['unitId']);
    expect(reservationEditSchema.safeParse({ party: { adults: 1 } }).success).toBe(true);
  });

  it('keeps notes between 1 and 2000 characters after trimming', () => {
    expect(reservationNoteRequestSchema.parse({ text: '  Late arrival ' })).toEqual({ text: 'Late arrival' });
    expect(reservationNoteRequestSchema.safeParse({ text: ' ' }).success).toBe(false);
    expect(reservationNoteRequestSchema.safeParse({ text: 'x'.repeat(2001) }).success).toBe(false);
  });
});
