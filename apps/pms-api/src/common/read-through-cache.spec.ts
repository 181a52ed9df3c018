import { describe, expect, it } from 'vitest';
import { ReadThroughCache } from './read-through-cache';

describe('ReadThroughCache', () => {
  it('loads once for concurrent misses of one key, then serves the cached value', async () => {
    const cache = new ReadThroughCache<{ n: number }>({ max: 10, ttlMs: 60_000 });
    let loads = 0;
    const load = async () => {
      loads += 1;
      await new Promise((resolve) => setTimeout(resolve, 10));
      return { n: loads };
    };
    const values = await Promise.all([cache.get('k', load), cache.get('k', load), cache.get('k', load)]);
    expect(values).toEqual([{ n: 1 }, { n: 1 }, { n: 1 }]);
    expect(await cache.get('k', load)).toEqual({ n: 1 });
    expect(loads).toBe(1);
  });

  it('does not remember that something was missing', async () => {
    const cache = new ReadThroughCache<{ n: number }>({ max: 10 });
    expect(await cache.get('k', async () => null)).toBeNull();
    expect(await cache.get('k', async () => ({ n: 2 }))).toEqual({ n: 2 });
  });

  it('loads again once the entry is older than its time to live', async () => {
    const cache = new ReadThroughCache<{ n: number }>({ max: 10, ttlMs: 20 });
    let loads = 0;
    const load = async () => ({ n: ++loads });
    await cache.get('k', load);
    await new Promise((resolve) => setTimeout(resolve, 40));
    expect(await cache.get('k', load)).toEqual({ n: 2 });
  });
});
