import type { CalendarDate } from '@pitchdesk/domain';
import { dayAfterKey, monthWeeks } from './month-grid';

const day = (value: string) => value as CalendarDate;
const BOUNDS = { first: day('2027-01-01'), last: day('2027-12-31') };
const press = (key: string, shiftKey = false) => ({ key, shiftKey });

describe('monthWeeks', () => {
  it('lays a month out in weeks starting on Monday', () => {
    // 1 July 2027 is a Thursday.
    const weeks = monthWeeks(day('2027-07-17'));
    expect(weeks).toHaveLength(5);
    expect(weeks[0]).toEqual([null, null, null, '2027-07-01', '2027-07-02', '2027-07-03', '2027-07-04']);
    expect(weeks[4]).toEqual(['2027-07-26', '2027-07-27', '2027-07-28', '2027-07-29', '2027-07-30', '2027-07-31', null]);
  });
});

describe('dayAfterKey (APG date picker keys)', () => {
  const from = day('2027-07-15'); // a Thursday

  it.each([
    ['ArrowLeft', false, '2027-07-14'],
    ['ArrowRight', false, '2027-07-16'],
    ['ArrowUp', false, '2027-07-08'],
    ['ArrowDown', false, '2027-07-22'],
    ['Home', false, '2027-07-12'],
    ['End', false, '2027-07-18'],
    ['PageUp', false, '2027-06-15'],
    ['PageDown', false, '2027-08-15'],
    ['PageUp', true, '2027-01-01'],
  ])('%s (shift: %s) moves to %s', (key, shift, expected) => {
    expect(dayAfterKey(from, press(key, shift), BOUNDS)).toBe(expected);
  });

  it('clamps the day of the month on Page Down from the 31st', () => {
    expect(dayAfterKey(day('2027-01-31'), press('PageDown'), BOUNDS)).toBe('2027-02-28');
  });

  it('stays within the bounds and ignores other keys', () => {
    expect(dayAfterKey(day('2027-12-30'), press('ArrowDown'), BOUNDS)).toBe('2027-12-31');
    expect(dayAfterKey(from, press('a'), BOUNDS)).toBeNull();
  });
});
