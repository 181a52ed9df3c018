import { describe, expect, it } from 'vitest';
import {
  addDays,
  compareDates,
  daysBetween,
  isCalendarDate,
  parseCalendarDate,
} from './calendar-date';
import { StayError, StayErrorCode } from './stay-error';

describe('parseCalendarDate', () => {
  it.each([
    '2026-03-28',
    '2024-02-29',
    '2026-12-31',
    '0001-01-01',
    '9999-12-31',
  ])('accepts %s', (value) => {
    expect(parseCalendarDate(value)).toBe(value);
    expect(isCalendarDate(value)).toBe(true);
  });

  it.each([
    ['2026-02-30', 'day past the end of February'],
    ['2025-02-29', 'leap day in a common year'],
    ['2026-13-01', 'month 13'],
    ['2026-04-31', 'April 31st'],
    ['2026-00-10', 'month 0'],
    ['2026-3-1', 'missing zero padding'],
    ['20260301', 'basic ISO format'],
    ['+002026-03-01', 'extended year'],
    ['2026-03-01T00:00', 'a date-time'],
    ['2026-03-01Z', 'a zone designator'],
    [' 2026-03-01', 'leading space'],
    ['', 'empty string'],
  ])('rejects %s (%s) with INVALID_DATE', (value) => {
    expect(isCalendarDate(value)).toBe(false);
    expect(() => parseCalendarDate(value)).toThrow(
      expect.objectContaining({
        name: 'StayError',
        code: StayErrorCode.INVALID_DATE,
      }),
    );
    expect(() => parseCalendarDate(value)).toThrow(StayError);
  });
});

describe('date arithmetic', () => {
  const d = parseCalendarDate;

  it.each([
    ['2026-03-28', 1, '2026-03-29'],
    ['2026-03-28', 2, '2026-03-30'],
    ['2026-10-25', 1, '2026-10-26'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2026-03-01', -1, '2026-02-28'],
  ])('addDays(%s, %i) = %s', (date, days, expected) => {
    expect(addDays(d(date), days)).toBe(expected);
  });

  it.each([
    ['2026-03-28', '2026-03-30', 2],
    ['2026-10-24', '2026-10-26', 2],
    ['2026-01-01', '2027-01-01', 365],
    ['2024-01-01', '2025-01-01', 366],
    ['2026-03-30', '2026-03-28', -2],
  ])('daysBetween(%s, %s) = %i', (from, to, expected) => {
    expect(daysBetween(d(from), d(to))).toBe(expected);
  });

  it('compareDates sorts chronologically across years, not just by string luck', () => {
    const dates = ['2027-01-01', '2026-12-31', '2026-02-01', '2026-10-25'].map(
      d,
    );
    expect([...dates].sort(compareDates)).toEqual([
      '2026-02-01',
      '2026-10-25',
      '2026-12-31',
      '2027-01-01',
    ]);
  });
});
