import { propertyToday } from './property-today';

describe('propertyToday', () => {
  it.each([
    // 23:30 in Rome on 31 July is still 31 July there (CEST, UTC+2).
    ['2027-07-31T21:30:00Z', 'Europe/Rome', '2027-07-31'],
    ['2027-07-31T22:30:00Z', 'Europe/Rome', '2027-08-01'],
    // Winter time (CET, UTC+1), after the October DST change.
    ['2027-10-31T22:59:00Z', 'Europe/Rome', '2027-10-31'],
    ['2027-10-31T23:00:00Z', 'Europe/Rome', '2027-11-01'],
    ['2027-01-01T03:00:00Z', 'America/New_York', '2026-12-31'],
  ])('at %s in %s it is %s', (instant, zone, date) => {
    expect(propertyToday(zone, Date.parse(instant))).toBe(date);
  });
});
