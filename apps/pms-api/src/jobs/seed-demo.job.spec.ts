import { describe, expect, it } from 'vitest';
import { demoSeasonYear } from './seed-demo.job';

describe('demoSeasonYear', () => {
  it.each([
    ['2026-03-10T12:00:00Z', undefined, 2026],
    ['2026-08-31T12:00:00Z', undefined, 2026],
    ['2026-09-01T12:00:00Z', undefined, 2027],
    ['2026-11-21T12:00:00Z', undefined, 2027],
    ['2026-11-21T12:00:00Z', 2024, 2024],
  ])('on %s (pinned %s) shows the %i season', (today, pinned, expected) => {
    expect(demoSeasonYear(new Date(today), pinned)).toBe(expected);
  });
});
