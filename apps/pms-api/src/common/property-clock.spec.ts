import { describe, expect, it } from 'vitest';
import { todayAt } from './property-clock';

describe('todayAt', () => {
  it.each([
    ['2026-07-31T21:30:00Z', 'Europe/Rome', '2026-07-31'],
    ['2026-07-31T22:30:00Z', 'Europe/Rome', '2026-08-01'],
    ['2026-01-01T00:30:00Z', 'America/New_York', '2025-12-31'],
    // Night of the clocks going back in Rome: 00:30 UTC is 01:30 local, still the 25th.
    ['2026-10-25T00:30:00Z', 'Europe/Rome', '2026-10-25'],
  ])('at %s in %s is %s', (instant, zone, expected) => {
    expect(todayAt(zone, new Date(instant))).toBe(expected);
  });
});
