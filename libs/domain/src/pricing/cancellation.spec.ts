import { describe, expect, it } from 'vitest';
import { d } from '../testing/lago-fixture';
import { cancellationTerms } from './cancellation';

const policy = { freeUntilDaysBefore: 30, feeBasisPoints: 3000 };

describe('cancellationTerms', () => {
  it.each([
    ['well ahead', '2026-06-01', true, 0],
    ['on the last free day', '2026-07-02', true, 0],
    ['one day too late', '2026-07-03', false, 58905],
    ['on arrival day', '2026-08-01', false, 58905],
  ])('%s (%s)', (_name, today, free, feeMinor) => {
    // 30 % of EUR 1963.50 is 589.05
    expect(
      cancellationTerms(policy, 196350, d('2026-08-01'), d(today)),
    ).toEqual({
      free,
      feeMinor,
      freeUntil: '2026-07-02',
    });
  });

  it('rounds the fee half-up and counts calendar days over the spring DST change', () => {
    expect(
      cancellationTerms(policy, 5, d('2026-04-20'), d('2026-03-22')),
    ).toEqual({
      free: false,
      feeMinor: 2, // 1.5 -> 2
      freeUntil: '2026-03-21',
    });
  });
});
