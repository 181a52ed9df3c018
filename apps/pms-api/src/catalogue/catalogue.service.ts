import { Injectable } from '@nestjs/common';
import type { RateCard } from '@pitchdesk/domain';
import type { PropertySummary } from '@pitchdesk/contracts';
import { PropertiesService } from '../properties/properties.service';
import { CatalogueError, CatalogueErrorCode } from './catalogue.errors';
import { CatalogueRepository } from './catalogue.repository';
import type { Inventory, VersionedRateCard } from './catalogue.repository';

export interface Catalogue extends Inventory {
  readonly property: PropertySummary;
}

/** What guests browse: served by replicas, stale by at most the replica lag. */
@Injectable()
export class CatalogueService {
  constructor(
    private readonly properties: PropertiesService,
    private readonly catalogue: CatalogueRepository,
  ) {}

  async catalogueOf(slug: string): Promise<Catalogue> {
    const property = await this.properties.get(slug);
    return { property, ...(await this.catalogue.inventory('replica', property.id)) };
  }

  async rateCardOf(slug: string): Promise<RateCard> {
    const property = await this.properties.get(slug);
    return (await this.requireRateCard(property)).card;
  }

  async requireRateCard(property: PropertySummary): Promise<VersionedRateCard> {
    const rateCard = await this.catalogue.currentRateCard('replica', property.id);
    if (!rateCard) {
      throw new CatalogueError(CatalogueErrorCode.NO_RATE_CARD, `${property.name} has no prices yet`, { slug: property.slug });
    }
    return rateCard;
  }
}
