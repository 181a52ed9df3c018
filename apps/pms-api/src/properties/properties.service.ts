import { Injectable } from '@nestjs/common';
import type { PropertySummary } from '@pitchdesk/contracts';
import { PropertiesError, PropertiesErrorCode } from './properties.errors';
import type { ReadIntent } from '../database/database-sessions';
import { PropertiesRepository } from './properties.repository';

@Injectable()
export class PropertiesService {
  constructor(private readonly properties: PropertiesRepository) {}

  /** Catalogue browsing: served by a replica, stale by at most the replica lag. */
  async list(): Promise<PropertySummary[]> {
    return this.properties.list('replica');
  }

  async get(slug: string): Promise<PropertySummary> {
    return this.find('replica', slug);
  }

  /** For use cases that write for this property: read on the primary, never a lagging replica. */
  async getForWrite(slug: string): Promise<PropertySummary> {
    return this.find('primary', slug);
  }

  private async find(intent: ReadIntent, slug: string): Promise<PropertySummary> {
    const property = await this.properties.findBySlug(intent, slug);
    if (!property) {
      throw new PropertiesError(PropertiesErrorCode.PROPERTY_NOT_FOUND, `No property with slug "${slug}"`, { slug });
    }
    return property;
  }
}
