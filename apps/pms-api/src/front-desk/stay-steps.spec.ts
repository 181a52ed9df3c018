import { describe, expect, it } from 'vitest';
import type { DeskStay } from './desk-stay';
import { FrontDeskError } from './front-desk.errors';
import { checkInAllowed, checkOutAllowed, nightsToRelease } from './stay-steps';

const stay = (overrides: Partial<DeskStay> = {}): DeskStay => ({
  id: 'r',
  propertyId: 'p',
  reference: 'ABCD1234',
  status: 'confirmed',
  unitId: 'u',
  unitCode: 'P1',
  unitTypeCode: 'pitch',
  arrival: '2027-07-10',
  departure: '2027-07-13',
  party: { adults: 1, childrenAges: [], pets: 0, vehicles: 0 },
  currency: 'EUR',
  guestName: null,
  locale: 'en',
  checkedInAt: null,
  checkedOutAt: null,
  ...overrides,
});

const codeOf = (step: () => unknown): string | undefined => {
  try {
    step();
    return undefined;
  } catch (error) {
    return error instanceof FrontDeskError ? error.code : 'not a FrontDeskError';
  }
};

describe('checkInAllowed', () => {
  it.each([
    ['2027-07-10', undefined],
    ['2027-07-12', undefined],
    ['2027-07-13', undefined],
    ['2027-07-09', 'TOO_EARLY'],
    ['2027-07-14', 'STAY_OVER'],
  ])('on %s: %s', (today, code) => {
    expect(codeOf(() => checkInAllowed(stay(), today, []))).toBe(code);
  });

  it('refuses other states, then incomplete registrations with their gaps', () => {
    expect(codeOf(() => checkInAllowed(stay({ status: 'checked-in' }), '2027-07-10', []))).toBe('WRONG_STATUS');
    expect(codeOf(() => checkInAllowed(stay({ status: 'cancelled' }), '2027-07-10', []))).toBe('WRONG_STATUS');
    const gaps = [{ guest: 0, fields: ['sex'] }];
    try {
      checkInAllowed(stay(), '2027-07-10', gaps);
      expect.unreachable();
    } catch (error) {
      expect(error).toMatchObject({ code: 'REGISTRATION_INCOMPLETE', details: { gaps } });
    }
  });
});

describe('checkOutAllowed', () => {
  const inHouse = stay({ status: 'checked-in' });

  it('lets a settled stay go without an override', () => {
    expect(checkOutAllowed(inHouse, 0, undefined)).toBe(false);
  });

  it('refuses an open balance either way, naming it, unless overridden', () => {
    try {
      checkOutAllowed(inHouse, 1_250, undefined);
      expect.unreachable();
    } catch (error) {
      expect(error).toMatchObject({ code: 'BALANCE_OPEN', message: 'The balance is not settled: €12.50 open', details: { balanceMinor: 1_250 } });
    }
    expect(codeOf(() => checkOutAllowed(inHouse, -300, undefined))).toBe('BALANCE_OPEN');
    expect(checkOutAllowed(inHouse, 1_250, { reason: 'pays later' })).toBe(true);
  });

  it('only checks out a checked-in stay', () => {
    expect(codeOf(() => checkOutAllowed(stay(), 0, undefined))).toBe('WRONG_STATUS');
  });
});

describe('nightsToRelease', () => {
  it.each([
    ['2027-07-10', { from: '2027-07-10', to: '2027-07-13' }],
    ['2027-07-12', { from: '2027-07-12', to: '2027-07-13' }],
    ['2027-07-13', null],
    ['2027-07-15', null],
  ])('leaving on %s frees %j', (today, released) => {
    expect(nightsToRelease(stay(), today)).toEqual(released);
  });
});
