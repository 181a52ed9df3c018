import { describe, expect, it } from 'vitest';
import { addDays, availabilityQuery, interleaveSlots, quietWindows, searchPaths, seededRandom } from './stay-mix.ts';

describe('addDays', () => {
  it.each([
    ['2027-03-27', 1, '2027-03-28'],
    ['2027-10-30', 2, '2027-11-01'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2027-01-01', -1, '2026-12-31'],
  ])('%s + %i = %s, across DST changes and leap days', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
  });

  it('refuses a non-date', () => {
    expect(() => addDays('27-01-01', 1)).toThrow('not a date');
  });
});

describe('searchPaths', () => {
  const paths = searchPaths('lago-verde', 2027, 300);

  it('is deterministic for a seed', () => {
    expect(searchPaths('lago-verde', 2027, 300)).toEqual(paths);
    expect(searchPaths('lago-verde', 2027, 300, 2)).not.toEqual(paths);
  });

  it('asks for stays in the demo season with departure after arrival', () => {
    for (const path of paths) {
      const query = new URL(path, 'http://x').searchParams;
      const arrival = query.get('arrival') ?? '';
      const departure = query.get('departure') ?? '';
      expect(arrival >= '2027-05-15' && arrival <= '2027-09-30').toBe(true);
      expect(departure > arrival).toBe(true);
      expect(Number(query.get('adults'))).toBeGreaterThanOrEqual(1);
    }
  });

  it('is a mix: many distinct stays, some with children, some Saturday to Saturday', () => {
    expect(new Set(paths).size).toBeGreaterThan(200);
    expect(paths.some((path) => path.includes('children=6,9'))).toBe(true);
    const saturdays = paths.filter((path) => {
      const arrival = new URL(path, 'http://x').searchParams.get('arrival') ?? '';
      return new Date(`${arrival}T00:00:00Z`).getUTCDay() === 6;
    });
    expect(saturdays.length).toBeGreaterThan(60);
  });
});

describe('availabilityQuery', () => {
  it('leaves out empty parts and keeps the children list readable', () => {
    expect(availabilityQuery({ arrival: '2027-07-03', departure: '2027-07-10' }, { adults: 2, childrenAges: [6, 9], pets: 0, vehicles: 1 })).toBe(
      'arrival=2027-07-03&departure=2027-07-10&adults=2&children=6,9&vehicles=1',
    );
  });
});

describe('quietWindows', () => {
  const windows = quietWindows(2027, 3);

  it('are back to back, three nights each, outside the summer season', () => {
    expect(windows[0]).toEqual({ arrival: '2027-01-04', departure: '2027-01-07' });
    for (const window of windows) {
      expect(addDays(window.arrival, 3)).toBe(window.departure);
      expect(window.arrival < '2027-05-01' || window.arrival >= '2027-10-01').toBe(true);
    }
    const overlaps = windows.slice(1).filter((window, index) => window.arrival < (windows[index]?.departure ?? ''));
    expect(overlaps).toEqual([]);
  });
});

describe('interleaveSlots', () => {
  it('alternates windows so that consecutive slots fall on different dates', () => {
    const first = { arrival: '2027-01-04', departure: '2027-01-07' };
    const second = { arrival: '2027-01-07', departure: '2027-01-10' };
    expect(
      interleaveSlots([
        { stay: first, unitIds: ['a', 'b', 'c'] },
        { stay: second, unitIds: ['d'] },
      ]),
    ).toEqual([
      { unitId: 'a', ...first },
      { unitId: 'd', ...second },
      { unitId: 'b', ...first },
      { unitId: 'c', ...first },
    ]);
  });
});

describe('seededRandom', () => {
  it('stays in [0, 1) and repeats for a seed', () => {
    const a = seededRandom(7);
    const b = seededRandom(7);
    const values = Array.from({ length: 1_000 }, () => a());
    expect(values.every((value) => value >= 0 && value < 1)).toBe(true);
    expect(Array.from({ length: 1_000 }, () => b())).toEqual(values);
  });
});
