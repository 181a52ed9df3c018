import type { MapShape } from '@pitchdesk/domain';

/** Anything drawn on the site map. */
export interface Placed {
  readonly id: string;
  readonly map: MapShape;
}

export interface MapBounds {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export type MapDirection = 'left' | 'right' | 'up' | 'down';

export function centreOf(shape: MapShape): { readonly x: number; readonly y: number } {
  return { x: shape.x + shape.width / 2, y: shape.y + shape.height / 2 };
}

/** Metres between two units' centres. */
export function distanceBetween(a: MapShape, b: MapShape): number {
  const from = centreOf(a);
  const to = centreOf(b);
  return Math.hypot(to.x - from.x, to.y - from.y);
}

/** The rectangle holding every unit, with a margin around it (metres). */
export function boundsOf(units: readonly Placed[], margin: number): MapBounds {
  if (units.length === 0) {
    return { x: 0, y: 0, width: 1, height: 1 };
  }
  // A rotated unit reaches at most its diagonal's half from its centre.
  const reach = (shape: MapShape) => (shape.rotationDeg === 0 ? { x: shape.width / 2, y: shape.height / 2 } : radius(shape));
  const boxes = units.map(({ map }) => ({ centre: centreOf(map), reach: reach(map) }));
  const left = Math.min(...boxes.map((box) => box.centre.x - box.reach.x)) - margin;
  const top = Math.min(...boxes.map((box) => box.centre.y - box.reach.y)) - margin;
  const right = Math.max(...boxes.map((box) => box.centre.x + box.reach.x)) + margin;
  const bottom = Math.max(...boxes.map((box) => box.centre.y + box.reach.y)) + margin;
  return { x: left, y: top, width: right - left, height: bottom - top };
}

function radius(shape: MapShape): { x: number; y: number } {
  const half = Math.hypot(shape.width, shape.height) / 2;
  return { x: half, y: half };
}

/** The candidates nearest to a unit on the map, nearest first (the caller's array is not reordered). */
export function nearestTo<T extends Placed>(from: MapShape, candidates: readonly T[], limit: number): { unit: T; distanceM: number }[] {
  return candidates
    .map((unit) => ({ unit, distanceM: distanceBetween(from, unit.map) }))
    .sort((a, b) => a.distanceM - b.distanceM)
    .slice(0, limit);
}

/**
 * The unit an arrow key moves to: the nearest one on that side, preferring units in line
 * with the current one (sideways offset counts double), as spatial navigation on TVs does.
 */
export function neighbourTowards<T extends Placed>(from: T, units: readonly T[], direction: MapDirection): T | null {
  const origin = centreOf(from.map);
  let best: T | null = null;
  let bestScore = Number.POSITIVE_INFINITY;
  for (const unit of units) {
    if (unit.id === from.id) {
      continue;
    }
    const centre = centreOf(unit.map);
    const dx = centre.x - origin.x;
    const dy = centre.y - origin.y;
    const ahead = direction === 'left' ? -dx : direction === 'right' ? dx : direction === 'up' ? -dy : dy;
    const aside = direction === 'left' || direction === 'right' ? Math.abs(dy) : Math.abs(dx);
    if (ahead <= 0) {
      continue;
    }
    const score = ahead + 2 * aside;
    if (score < bestScore) {
      best = unit;
      bestScore = score;
    }
  }
  return best;
}
