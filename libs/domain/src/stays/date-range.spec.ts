import { describe, expect, it } from 'vitest';
import { parseDateRange } from './date-range';
import { StayErrorCode } from './stay-error';

describe('parseDateRange', () => {
  it('returns a frozen range for a valid stay', () => {
    const range = parseDateRange({
      arrival: '2026-07-01',
      departure: '2026-07-08',
    });
    expect(range).toEqual({ arrival: '2026-07-01', departure: '2026-07-08' });
    expect(Object.isFrozen(range)).toBe(true);
  });

  it.each([
    ['2026-02-30', '2026-03-02', StayErrorCode.INVALID_DATE],
    ['2026-03-01', '2026-02-30', StayErrorCode.INVALID_DATE],
    ['2026-07-01', 'soon', StayErrorCode.INVALID_DATE],
    ['2026-07-01', '2026-07-01', StayErrorCode.DEPARTURE_NOT_AFTER_ARRIVAL],
    ['2026-07-08', '2026-07-01', StayErrorCode.DEPARTURE_NOT_AFTER_ARRIVAL],
    ['2027-01-01', '2026-12-31', StayErrorCode.DEPARTURE_NOT_AFTER_ARRIVAL],
  ])('rejects arrival %s, departure %s with %s', (arrival, departure, code) => {
    expect(() => parseDateRange({ arrival, departure })).toThrow(
      expect.objectContaining({ name: 'StayError', code }),
    );
  });

  it('names both dates in the DEPARTURE_NOT_AFTER_ARRIVAL message', () => {
    expect(() =>
      parseDateRange({ arrival: '2026-07-08', departure: '2026-07-01' }),
    ).toThrow('departure 2026-07-01 must be after arrival 2026-07-08');
  });
});
