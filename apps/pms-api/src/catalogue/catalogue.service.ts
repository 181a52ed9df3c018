import { Inject, Injectable } from '@nestjs/common';
import type { RateCard, Unit, UnitType } from '@pitchdesk/domain';
import type { PropertySummary } from '@pitchdesk/contracts';
import { ReadThroughCache } from '../common/read-through-cache';
import { APP_CONFIG } from '../config/app-config';
import type { AppConfig } from '../config/app-config';
import type { UnitOfWork } from '../database/unit-of-work';
import { PropertiesService } from '../properties/properties.service';
import { CatalogueError, CatalogueErrorCode } from './catalogue.errors';
import { CatalogueRepository } from './catalogue.repository';
import type { Inventory, VersionedRateCard } from './catalogue.repository';

export interface Catalogue extends Inventory {
  readonly property: PropertySummary;
}

/**
 * What guests browse, read from replicas and reused for a few seconds per instance
 * (PD_CATALOGUE_CACHE_MS), and rate-card versions, which never change once written.
 */
@Injectable()
export class CatalogueService {
  private readonly inventories: ReadThroughCache<Inventory>;
  private readonly currentRateCards: ReadThroughCache<VersionedRateCard>;
  private readonly rateCardVersions = new ReadThroughCache<RateCard>({ max: 64 });
  private readonly versionsInForce: ReadThroughCache<{ version: number }>;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly properties: PropertiesService,
    private readonly catalogue: CatalogueRepository,
  ) {
    this.inventories = new ReadThroughCache({ max: 64, ttlMs: config.PD_CATALOGUE_CACHE_MS });
    this.currentRateCards = new ReadThroughCache({ max: 64, ttlMs: config.PD_CATALOGUE_CACHE_MS });
    this.versionsInForce = new ReadThroughCache({ max: 64, ttlMs: config.PD_CATALOGUE_CACHE_MS });
  }

  async catalogueOf(slug: string): Promise<Catalogue> {
    const property = await this.properties.get(slug);
    return { property, ...(await this.inventoryOf(property.id)) };
  }

  async rateCardOf(slug: string): Promise<RateCard> {
    const property = await this.properties.get(slug);
    return (await this.requireRateCard(property)).card;
  }

  async inventoryOf(propertyId: string): Promise<Inventory> {
    const inventory = await this.inventories.get(propertyId, () => this.catalogue.inventory('replica', propertyId));
    return inventory ?? { unitTypes: [], units: [] };
  }

  /**
   * A unit and its type by id, for display and pricing codes: from the browsing cache,
   * or read in `work` when the cache has not seen them yet (e.g. created seconds ago).
   */
  async unitAndType(work: UnitOfWork, propertyId: string, unitId: string): Promise<{ unit: Unit; unitType: UnitType } | null> {
    const inventory = await this.inventoryOf(propertyId);
    const unit = inventory.units.find((candidate) => candidate.id === unitId) ?? (await this.catalogue.unitWith(work, propertyId, unitId));
    if (!unit) {
      return null;
    }
    const unitType =
      inventory.unitTypes.find((candidate) => candidate.id === unit.unitTypeId) ??
      (await this.catalogue.unitTypeByIdWith(work, propertyId, unit.unitTypeId));
    return unitType ? { unit, unitType } : null;
  }

  /** A unit type by code with its units: from the browsing cache, or read in `work` on a miss. */
  async unitTypeWithUnits(
    work: UnitOfWork,
    propertyId: string,
    code: string,
  ): Promise<{ unitType: UnitType; units: Unit[] } | null> {
    const inventory = await this.inventoryOf(propertyId);
    const cached = inventory.unitTypes.find((candidate) => candidate.code === code);
    if (cached) {
      return { unitType: cached, units: inventory.units.filter((unit) => unit.unitTypeId === cached.id) };
    }
    const unitType = await this.catalogue.unitTypeByCodeWith(work, propertyId, code);
    return unitType ? { unitType, units: await this.catalogue.unitsOfTypeWith(work, propertyId, unitType.id) } : null;
  }

  /** The rate card in force, for browsing (a replica's view, reused for a few seconds). */
  async requireRateCard(property: PropertySummary): Promise<VersionedRateCard> {
    const rateCard = await this.currentRateCards.get(property.id, () => this.catalogue.currentRateCard('replica', property.id));
    if (!rateCard) {
      throw new CatalogueError(CatalogueErrorCode.NO_RATE_CARD, `${property.name} has no prices yet`, { slug: property.slug });
    }
    return rateCard;
  }

  /**
   * The rate card in force for a write, as a hold prices it: its version read on the
   * primary and reused for PD_CATALOGUE_CACHE_MS (a card published seconds ago applies
   * to holds as soon as to searches, which the guest priced with), its body from the
   * cache. The hold records the version, and its booking prices with that same card.
   */
  async currentRateCardFor(work: UnitOfWork, propertyId: string): Promise<VersionedRateCard | null> {
    const inForce = await this.versionsInForce.get(propertyId, async () => {
      const version = await this.catalogue.currentRateCardVersionWith(work, propertyId);
      return version === null ? null : { version };
    });
    if (!inForce) {
      return null;
    }
    const card = await this.rateCardVersion(work, propertyId, inForce.version);
    return card ? { version: inForce.version, card } : null;
  }

  /** One version of a rate card; versions are append-only, so this never goes stale. */
  async rateCardVersion(work: UnitOfWork, propertyId: string, version: number): Promise<RateCard | null> {
    return this.rateCardVersions.get(`${propertyId}:${version}`, () =>
      this.catalogue.rateCardVersionWith(work, propertyId, version),
    );
  }
}
