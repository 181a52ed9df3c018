import { describe, expect, it } from 'vitest';
import { parseDateRange } from '@pitchdesk/domain';
import { ValidationFailedError } from '../common/validation';
import { planMove, pricingBasis, targetOf } from './move-plan';
import type { Placement } from './move-plan';

const stay = (arrival: string, departure: string) => parseDateRange({ arrival, departure });
const at = (unitId: string, arrival: string, departure: string): Placement => ({ unitId, stay: stay(arrival, departure) });
const ranges = (list: readonly { arrival: string; departure: string }[]) => list.map((range) => `${range.arrival}..${range.departure}`);

describe('targetOf', () => {
  const current = at('u1', '2027-07-10', '2027-07-15');

  it('keeps what the request leaves out', () => {
    expect(targetOf(current, { unitId: 'u2' })).toEqual(at('u2', '2027-07-10', '2027-07-15'));
    expect(targetOf(current, { departure: '2027-07-17' })).toEqual(at('u1', '2027-07-10', '2027-07-17'));
    expect(targetOf(current, { arrival: '2027-07-08', departure: '2027-07-09' })).toEqual(at('u1', '2027-07-08', '2027-07-09'));
  });

  it.each([
    [{ arrival: '2027-07-15' }, 'body.arrival'],
    [{ arrival: '2027-07-20' }, 'body.arrival'],
    [{ departure: '2027-07-10' }, 'body.departure'],
    [{ departure: '2027-07-01' }, 'body.departure'],
  ])('refuses %j, naming %s: departure must stay after arrival', (request, field) => {
    expect(() => targetOf(current, request)).toThrow(ValidationFailedError);
    try {
      targetOf(current, request);
    } catch (error) {
      expect(Object.keys((error as ValidationFailedError).fields)).toEqual([field]);
    }
  });

  it('refuses a stay longer than a booking may be (a typo such as 2207 would claim a million nights)', () => {
    expect(() => targetOf(current, { departure: '2207-07-15' })).toThrow(/at most 366 nights/);
    expect(() => targetOf(current, { arrival: '1999-07-10' })).toThrow(ValidationFailedError);
    expect(targetOf(current, { departure: '2028-07-10' }).stay.departure).toBe('2028-07-10');
  });
});

describe('planMove', () => {
  it('moves every night to another unit: claim the new stay, release the old one', () => {
    const plan = planMove(at('u1', '2027-07-10', '2027-07-15'), at('u2', '2027-07-10', '2027-07-15'));
    expect(plan).toMatchObject({ unchanged: false, unitChanged: true, datesChanged: false });
    expect(ranges(plan.claims)).toEqual(['2027-07-10..2027-07-15']);
    expect(ranges(plan.releases)).toEqual(['2027-07-10..2027-07-15']);
  });

  it('on the same unit claims and releases only the difference', () => {
    const extended = planMove(at('u1', '2027-07-10', '2027-07-15'), at('u1', '2027-07-10', '2027-07-17'));
    expect([ranges(extended.claims), ranges(extended.releases)]).toEqual([['2027-07-15..2027-07-17'], []]);

    const shifted = planMove(at('u1', '2027-07-10', '2027-07-15'), at('u1', '2027-07-12', '2027-07-17'));
    expect([ranges(shifted.claims), ranges(shifted.releases)]).toEqual([['2027-07-15..2027-07-17'], ['2027-07-10..2027-07-12']]);

    const widened = planMove(at('u1', '2027-07-10', '2027-07-15'), at('u1', '2027-07-08', '2027-07-17'));
    expect([ranges(widened.claims), ranges(widened.releases)]).toEqual([['2027-07-08..2027-07-10', '2027-07-15..2027-07-17'], []]);

    const shortened = planMove(at('u1', '2027-07-10', '2027-07-15'), at('u1', '2027-07-11', '2027-07-13'));
    expect([ranges(shortened.claims), ranges(shortened.releases)]).toEqual([[], ['2027-07-10..2027-07-11', '2027-07-13..2027-07-15']]);
  });

  it('moves to disjoint nights on the same unit: claim all new, release all old', () => {
    const plan = planMove(at('u1', '2027-07-10', '2027-07-12'), at('u1', '2027-08-01', '2027-08-03'));
    expect([ranges(plan.claims), ranges(plan.releases)]).toEqual([['2027-08-01..2027-08-03'], ['2027-07-10..2027-07-12']]);
  });

  it('sees nothing to do when the target is where the booking is', () => {
    const plan = planMove(at('u1', '2027-07-10', '2027-07-15'), at('u1', '2027-07-10', '2027-07-15'));
    expect(plan).toEqual({ unchanged: true, unitChanged: false, datesChanged: false, claims: [], releases: [] });
  });
});

describe('pricingBasis', () => {
  it('prices the same nights with the card as booked, other nights with the current card', () => {
    expect(pricingBasis({ datesChanged: false })).toBe('as-booked');
    expect(pricingBasis({ datesChanged: true })).toBe('current');
  });
});
