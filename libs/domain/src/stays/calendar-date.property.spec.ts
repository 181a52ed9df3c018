import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { addDays, compareDates, daysBetween, isoWeekday, parseCalendarDate } from './calendar-date';
import type { CalendarDate } from './calendar-date';

// Any real date from 1600 to 2400: leap centuries (1600, 2000, 2400) and non-leap ones included.
const calendarDate = fc
  .date({ min: new Date(Date.UTC(1600, 0, 1)), max: new Date(Date.UTC(2400, 11, 31)), noInvalidDate: true })
  .map((date) => parseCalendarDate(date.toISOString().slice(0, 10)));

const plain = (date: CalendarDate) => Temporal.PlainDate.from(date);

describe('day arithmetic agrees with Temporal', () => {
  it('addDays', () => {
    fc.assert(
      fc.property(calendarDate, fc.integer({ min: -2000, max: 2000 }), (date, days) => {
        expect(addDays(date, days)).toBe(plain(date).add({ days }).toString());
      }),
    );
  });

  it('daysBetween', () => {
    fc.assert(
      fc.property(calendarDate, calendarDate, (from, to) => {
        expect(daysBetween(from, to)).toBe(plain(from).until(to, { largestUnit: 'days' }).days);
      }),
    );
  });

  it('compareDates', () => {
    fc.assert(
      fc.property(calendarDate, calendarDate, (a, b) => {
        expect(Math.sign(compareDates(a, b))).toBe(Temporal.PlainDate.compare(a, b));
      }),
    );
  });

  it('isoWeekday', () => {
    fc.assert(
      fc.property(calendarDate, (date) => {
        expect(isoWeekday(date)).toBe(plain(date).dayOfWeek);
      }),
    );
  });
});

describe('parseCalendarDate agrees with Temporal on what a calendar date is', () => {
  const pad = (value: number, width: number) => String(value).padStart(width, '0');
  // Any YYYY-MM-DD of digits, real or not: months 00-13, days 00-32.
  const dateLike = fc
    .tuple(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }))
    .map(([year, month, day]) => `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`);
  const temporalAccepts = (value: string): boolean => {
    try {
      Temporal.PlainDate.from(value, { overflow: 'reject' });
      return true;
    } catch {
      return false;
    }
  };
  const accepts = (value: string): boolean => {
    try {
      parseCalendarDate(value);
      return true;
    } catch {
      return false;
    }
  };

  it('accepts exactly the dates Temporal accepts', () => {
    fc.assert(
      fc.property(dateLike, (value) => {
        expect(accepts(value)).toBe(temporalAccepts(value));
      }),
      { numRuns: 5_000 },
    );
  });
});
