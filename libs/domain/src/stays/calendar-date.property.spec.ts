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
