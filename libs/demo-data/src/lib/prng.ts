// A hand-written seeded PRNG rather than a dependency: mulberry32 is ten lines, fast,
// good enough for demo data, and its output is fixed forever by this file, so the same
// seed gives the same campsite on every machine and every version of every package.

/** A deterministic source of numbers in [0, 1). */
export interface Rng {
  /** Next float in [0, 1). */
  next(): number;
  /** Next integer in `min..max` inclusive. */
  int(min: number, max: number): number;
  /** One item, uniformly. */
  pick<T>(items: readonly T[]): T;
  /** One item, with probability proportional to its weight. */
  weighted<T>(items: readonly (readonly [T, number])[]): T;
  /** `true` with probability `p`. */
  chance(p: number): boolean;
}

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a: turns a stream name such as `1/units` into a 32-bit seed. */
export function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * A PRNG for one named stream of a seed. Separate streams (units, bookings, ids) keep
 * one part of the data stable when another part changes how many numbers it draws.
 */
export function rngFor(seed: number, stream: string): Rng {
  const next = mulberry32(hash32(`${seed}/${stream}`));
  const rng: Rng = {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (items) => {
      const item = items[Math.floor(next() * items.length)];
      if (item === undefined) {
        throw new Error('cannot pick from an empty list');
      }
      return item;
    },
    weighted: (items) => {
      const total = items.reduce((acc, [, weight]) => acc + weight, 0);
      let roll = next() * total;
      for (const [item, weight] of items) {
        roll -= weight;
        if (roll < 0) {
          return item;
        }
      }
      return rng.pick(items)[0];
    },
    chance: (p) => next() < p,
  };
  return rng;
}

/**
 * A stable version-4-shaped UUID for the `index`-th entity of `kind` under `seed`: the
 * same inputs always give the same id, so seeded databases and fixtures agree.
 */
export function demoUuid(seed: number, kind: string, index: number): string {
  const next = mulberry32(hash32(`${seed}/uuid/${kind}/${index}`));
  const hex = Array.from({ length: 4 }, () =>
    Math.floor(next() * 4294967296)
      .toString(16)
      .padStart(8, '0'),
  ).join('');
  const variant = ((parseInt(hex.charAt(16), 16) & 0x3) | 0x8).toString(16);
  return [
    hex.slice(0, 8),
    hex.slice(8, 12),
    `4${hex.slice(13, 16)}`,
    `${variant}${hex.slice(17, 20)}`,
    hex.slice(20, 32),
  ].join('-');
}
