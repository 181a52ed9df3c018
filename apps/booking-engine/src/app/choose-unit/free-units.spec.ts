import type { AvailabilityChange } from '@pitchdesk/contracts';
import { applyAnswer, applyLiveChanges, freeUnitIds, markTaken, NO_FREE_UNITS, settleDelay } from './free-units';

const stay = { arrival: '2027-06-12', departure: '2027-06-19' };
const STALE_MS = 5_000;

function change(state: AvailabilityChange['state'], unitIds: string[], arrival = '2027-06-18', departure = '2027-06-20'): AvailabilityChange {
  return { propertyId: 'p1', unitIds, arrival, departure, state };
}

const answered = applyAnswer(NO_FREE_UNITS, ['a', 'b', 'c'], 0, STALE_MS);

describe('free units', () => {
  it('takes a unit held or booked for an overlapping night at once', () => {
    const { state, touched } = applyLiveChanges(answered, [change('held', ['a']), change('booked', ['b'])], stay, 1_000);
    expect(touched).toBe(true);
    expect([...freeUnitIds(state)]).toEqual(['c']);
  });

  it('ignores changes to nights outside the stay (the departure night is not stayed)', () => {
    const { state, touched } = applyLiveChanges(answered, [change('held', ['a'], '2027-06-19', '2027-06-21')], stay, 1_000);
    expect(touched).toBe(false);
    expect(freeUnitIds(state)).toEqual(new Set(['a', 'b', 'c']));
  });

  it('keeps a reported hold over an answer too young to have seen it', () => {
    const held = applyLiveChanges(answered, [change('held', ['a'])], stay, 1_000).state;
    const stale = applyAnswer(held, ['a', 'b', 'c'], 2_200, STALE_MS);
    expect(freeUnitIds(stale).has('a')).toBe(false);
    expect(settleDelay(stale, 2_300, STALE_MS)).toBe(3_700);
  });

  it('trusts an answer asked for long enough after the report (the release was missed)', () => {
    const held = applyLiveChanges(answered, [change('held', ['a'])], stay, 1_000).state;
    const settled = applyAnswer(held, ['a', 'b', 'c'], 6_000, STALE_MS);
    expect(freeUnitIds(settled).has('a')).toBe(true);
    expect(settleDelay(settled, 6_100, STALE_MS)).toBeNull();
  });

  it('forgets a report once the API agrees the unit is taken', () => {
    const held = applyLiveChanges(answered, [change('held', ['a'])], stay, 1_000).state;
    const agreed = applyAnswer(held, ['b', 'c'], 1_100, STALE_MS);
    expect(agreed.takenSince.size).toBe(0);
    expect(freeUnitIds(agreed)).toEqual(new Set(['b', 'c']));
  });

  it('leaves a released unit to the next answer, dropping its earlier report', () => {
    const held = markTaken(answered, ['a'], 1_000);
    const { state, touched } = applyLiveChanges(held, [change('released', ['a'])], stay, 2_000);
    expect(touched).toBe(true);
    expect(freeUnitIds(state).has('a')).toBe(true);
  });

  it('never changes the state it is given', () => {
    const before = [...answered.answered];
    applyLiveChanges(answered, [change('held', ['a'])], stay, 1_000);
    markTaken(answered, ['b'], 1_000);
    expect([...answered.answered]).toEqual(before);
    expect(answered.takenSince.size).toBe(0);
  });
});
