import { LRUCache } from 'lru-cache';

/**
 * A per-instance read-through cache. Concurrent misses for one key share one load (no
 * stampede when 50 searches arrive at once). A load that finds nothing is not cached.
 *
 * Only for data that may be as stale as a replica is anyway (ttlMs of a few seconds), or
 * that never changes once written (ttlMs undefined): no instance ever needs what another
 * instance cached, so N instances stay interchangeable.
 */
export class ReadThroughCache<V extends object> {
  private readonly cache: LRUCache<string, V, () => Promise<V | undefined>>;

  constructor(options: { max: number; ttlMs?: number }) {
    this.cache = new LRUCache<string, V, () => Promise<V | undefined>>({
      max: options.max,
      ...(options.ttlMs !== undefined && { ttl: options.ttlMs }),
      fetchMethod: (_key, _stale, { context }) => context(),
    });
  }

  async get(key: string, load: () => Promise<V | null>): Promise<V | null> {
    const value = await this.cache.fetch(key, { context: async () => (await load()) ?? undefined });
    return value ?? null;
  }
}
