import { Inject, Injectable } from '@nestjs/common';
import type { PropertySummary } from '@pitchdesk/contracts';
import { ReadThroughCache } from '../common/read-through-cache';
import { APP_CONFIG } from '../config/app-config';
import type { AppConfig } from '../config/app-config';
import { PropertiesError, PropertiesErrorCode } from './properties.errors';
import type { ReadIntent } from '../database/database-sessions';
import { PropertiesRepository } from './properties.repository';

@Injectable()
export class PropertiesService {
  private readonly bySlug: ReadThroughCache<PropertySummary>;
  private readonly byIdCache: ReadThroughCache<PropertySummary>;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly properties: PropertiesRepository,
  ) {
    this.bySlug = new ReadThroughCache({ max: 256, ttlMs: config.PD_CATALOGUE_CACHE_MS });
    this.byIdCache = new ReadThroughCache({ max: 256, ttlMs: config.PD_CATALOGUE_CACHE_MS });
  }

  /** Catalogue browsing: served by a replica, stale by at most the replica lag. */
  async list(): Promise<PropertySummary[]> {
    return this.properties.list('replica');
  }

  /** For browsing: a replica's answer, reused for a few seconds. */
  async get(slug: string): Promise<PropertySummary> {
    return this.require(slug, await this.bySlug.get(slug, () => this.properties.findBySlug('replica', slug)));
  }

  /** A property a reservation refers to (name, time zone): reused for a few seconds. */
  async byId(id: string): Promise<PropertySummary> {
    const property = await this.byIdCache.get(id, () => this.properties.findById('primary', id));
    if (!property) {
      throw new Error(`a reservation refers to missing property ${id}`);
    }
    return property;
  }

  /**
   * For use cases that write for this property. A slug names the same property for its
   * whole life, so the cached answer is used; only a miss (say, a property created a
   * moment ago and not yet on the replica) is read on the primary.
   */
  async getForWrite(slug: string): Promise<PropertySummary> {
    const cached = await this.bySlug.get(slug, () => this.properties.findBySlug('replica', slug));
    return cached ?? this.find('primary', slug);
  }

  private async find(intent: ReadIntent, slug: string): Promise<PropertySummary> {
    return this.require(slug, await this.properties.findBySlug(intent, slug));
  }

  private require(slug: string, property: PropertySummary | null): PropertySummary {
    if (!property) {
      throw new PropertiesError(PropertiesErrorCode.PROPERTY_NOT_FOUND, `No property with slug "${slug}"`, { slug });
    }
    return property;
  }
}
