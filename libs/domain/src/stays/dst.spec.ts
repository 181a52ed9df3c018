import { describe, expect, it } from 'vitest';
import { addDays } from './calendar-date';
import { parseDateRange } from './date-range';
import { eachNight, nights } from './range-algebra';

// vitest.config.mts runs this project with TZ=Europe/Rome. In 2026 Italy moves clocks
// forward on Sunday 29 March (a 23-hour day) and back on Sunday 25 October (25 hours).
const MS_PER_DAY = 24 * 60 * 60 * 1000;
const naiveNights = (arrival: string, departure: string): number =>
  (new Date(`${departure}T00:00`).getTime() -
    new Date(`${arrival}T00:00`).getTime()) /
  MS_PER_DAY;

describe('DST weekends in Europe/Rome', () => {
  it('really runs in a zone with DST (otherwise these cases prove nothing)', () => {
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(
      'Europe/Rome',
    );
    expect(new Date('2026-03-28T12:00').getTimezoneOffset()).toBe(-60);
    expect(new Date('2026-03-30T12:00').getTimezoneOffset()).toBe(-120);
    // The trap our calendar dates avoid: local-midnight arithmetic is off on these weekends.
    expect(naiveNights('2026-03-28', '2026-03-30')).not.toBe(2);
    expect(naiveNights('2026-10-24', '2026-10-26')).not.toBe(2);
  });

  it.each([
    [
      'spring forward',
      '2026-03-28',
      '2026-03-30',
      ['2026-03-28', '2026-03-29'],
    ],
    ['fall back', '2026-10-24', '2026-10-26', ['2026-10-24', '2026-10-25']],
    ['week around spring forward', '2026-03-26', '2026-04-02', 7],
    ['week around fall back', '2026-10-22', '2026-10-29', 7],
  ])('%s: %s -> %s', (_name, arrival, departure, expected) => {
    const range = parseDateRange({ arrival, departure });
    if (typeof expected === 'number') {
      expect(nights(range)).toBe(expected);
      expect(eachNight(range)).toHaveLength(expected);
    } else {
      expect(nights(range)).toBe(expected.length);
      expect(eachNight(range)).toEqual(expected);
    }
  });

  it('steps over the DST Sundays one calendar day at a time', () => {
    const range = parseDateRange({
      arrival: '2026-03-29',
      departure: '2026-03-30',
    });
    expect(addDays(range.arrival, 1)).toBe('2026-03-30');
    const autumn = parseDateRange({
      arrival: '2026-10-25',
      departure: '2026-10-26',
    });
    expect(addDays(autumn.arrival, 1)).toBe('2026-10-26');
    expect(addDays(autumn.departure, -1)).toBe('2026-10-25');
  });
});
