import type { Placed } from './map-geometry';
import { boundsOf, nearestTo, neighbourTowards } from './map-geometry';

const at = (id: string, x: number, y: number): Placed => ({ id, map: { x, y, width: 10, height: 8, rotationDeg: 0 } });

// A row of three, one below the first, one far away.
const a1 = at('a1', 0, 0);
const a2 = at('a2', 12, 0);
const a3 = at('a3', 24, 0);
const b1 = at('b1', 0, 12);
const far = at('far', 200, 100);
const all = [far, a3, b1, a2, a1];

describe('nearestTo', () => {
  it('orders by distance between centres, nearest first (ties as given), without reordering the input', () => {
    expect(nearestTo(a1.map, [far, a3, b1, a2], 3).map(({ unit, distanceM }) => [unit.id, distanceM])).toEqual([
      ['b1', 12],
      ['a2', 12],
      ['a3', 24],
    ]);
    expect(all.map((unit) => unit.id)).toEqual(['far', 'a3', 'b1', 'a2', 'a1']);
  });
});

describe('neighbourTowards', () => {
  it.each([
    ['right', a1, 'a2'],
    ['left', a3, 'a2'],
    ['down', a2, 'b1'],
    ['up', b1, 'a1'],
  ] as const)('moves %s to the nearest unit on that side', (direction, from, expected) => {
    expect(neighbourTowards(from, all, direction)?.id).toBe(expected);
  });

  it('stays put at the edge of the site', () => {
    expect(neighbourTowards(a1, [a1, a2], 'left')).toBeNull();
  });
});

describe('boundsOf', () => {
  it('holds every unit plus the margin', () => {
    expect(boundsOf([a1, a3, b1], 2)).toEqual({ x: -2, y: -2, width: 38, height: 24 });
  });
});
