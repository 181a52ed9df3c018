import type { CalendarDate } from '@pitchdesk/domain';
import { MOBILE_HOME, PITCH, RATE_CARD } from '../testing/search-fixtures';
import type { StayCalendarContext } from './day-state';
import { arrivalDayState, departureDayState } from './day-state';
import { firstOfferedDay } from './offered-days';

const day = (value: string) => value as CalendarDate;

function context(overrides: Partial<StayCalendarContext> = {}): StayCalendarContext {
  return { today: day('2027-01-10'), card: RATE_CARD, typeCodes: [PITCH.code, MOBILE_HOME.code], free: () => undefined, ...overrides };
}

describe('arrivalDayState', () => {
  it('offers a low-season day with no minimum stay', () => {
    expect(arrivalDayState(context(), day('2027-05-04'))).toEqual({ kind: 'open', nights: 1 });
  });

  it('gives the shortest minimum stay among the types that take the day', () => {
    // Saturday 17 July 2027: pitches need 3 nights, mobile homes 7 (Saturdays only).
    expect(arrivalDayState(context(), day('2027-07-17'))).toEqual({ kind: 'open', nights: 3 });
    expect(arrivalDayState(context({ typeCodes: [MOBILE_HOME.code] }), day('2027-07-17'))).toEqual({ kind: 'open', nights: 7 });
  });

  it('closes days no searched type may arrive on: weekday rules and closed dates', () => {
    // Monday 19 July 2027: mobile homes arrive on Saturdays only in the peak season.
    expect(arrivalDayState(context({ typeCodes: [MOBILE_HOME.code] }), day('2027-07-19'))).toEqual({ kind: 'closed' });
    expect(arrivalDayState(context(), day('2027-08-15'))).toEqual({ kind: 'closed' });
    // No season prices 2026.
    expect(arrivalDayState(context({ today: day('2026-12-01') }), day('2026-12-20'))).toEqual({ kind: 'closed' });
  });

  it('marks a day full when no type it allows has a free unit that night', () => {
    const fullPitches = context({ free: (code) => (code === PITCH.code ? 0 : 5) });
    // Monday: only pitches may arrive, and none is free.
    expect(arrivalDayState(fullPitches, day('2027-07-19'))).toEqual({ kind: 'full' });
    // Saturday: mobile homes still have room.
    expect(arrivalDayState(fullPitches, day('2027-07-17'))).toEqual({ kind: 'open', nights: 7 });
  });

  it('leaves past days out and, without a rate card, lets the API decide', () => {
    expect(arrivalDayState(context(), day('2027-01-09'))).toEqual({ kind: 'outside' });
    expect(arrivalDayState(context({ card: null }), day('2027-08-15'))).toEqual({ kind: 'open', nights: 1 });
  });
});

describe('departureDayState', () => {
  const arrival = day('2027-07-17');

  it('offers a departure that some type allows, with the stay length', () => {
    expect(departureDayState(context(), arrival, day('2027-07-20'))).toEqual({ kind: 'open', nights: 3 });
    expect(departureDayState(context({ typeCodes: [MOBILE_HOME.code] }), arrival, day('2027-07-24'))).toEqual({ kind: 'open', nights: 7 });
  });

  it('closes departures that break every type’s rules, and days up to the arrival', () => {
    expect(departureDayState(context(), arrival, day('2027-07-19'))).toEqual({ kind: 'closed' });
    expect(departureDayState(context(), arrival, arrival)).toEqual({ kind: 'outside' });
  });

  it('marks a departure full when a night of the stay has nothing free', () => {
    const thirdNightFull = context({ free: (_code, night) => (night === '2027-07-19' ? 0 : 3) });
    expect(departureDayState(thirdNightFull, arrival, day('2027-07-20'))).toEqual({ kind: 'full' });
  });
});

describe('firstOfferedDay', () => {
  it('opens on the first priced day when the season starts after today', () => {
    expect(firstOfferedDay(RATE_CARD, day('2026-11-21'))).toBe('2027-01-01');
    expect(firstOfferedDay(RATE_CARD, day('2027-03-04'))).toBe('2027-03-04');
    expect(firstOfferedDay(null, day('2026-11-21'))).toBe('2026-11-21');
  });
});
