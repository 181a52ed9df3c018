import { Inject, Injectable } from '@nestjs/common';
import { daysBetween, eachNight } from '@pitchdesk/domain';
import { nightOccupancyQuerySchema } from '@pitchdesk/contracts';
import type { NightOccupancy } from '@pitchdesk/contracts';
import { CatalogueService } from '../catalogue/catalogue.service';
import { ReadThroughCache } from '../common/read-through-cache';
import { parseInput } from '../common/validation';
import { APP_CONFIG } from '../config/app-config';
import type { AppConfig } from '../config/app-config';
import { PropertiesService } from '../properties/properties.service';
import { ReservationsRepository } from './reservations.repository';
import { toStay } from './stay-input';

/**
 * Free units per type and night, for the booking engine's date picker. Read from a
 * replica and reused for PD_CATALOGUE_CACHE_MS: a calendar that is a few seconds old only
 * greys out a day late; the hold decides on the primary anyway.
 */
@Injectable()
export class NightOccupancyService {
  private readonly answers: ReadThroughCache<NightOccupancy>;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly properties: PropertiesService,
    private readonly catalogueService: CatalogueService,
    private readonly reservations: ReservationsRepository,
  ) {
    this.answers = new ReadThroughCache({ max: 1_024, ttlMs: config.PD_CATALOGUE_CACHE_MS });
  }

  async occupancy(slug: string, rawQuery: unknown): Promise<NightOccupancy> {
    const query = parseInput(nightOccupancyQuerySchema, rawQuery, 'query');
    const property = await this.properties.get(slug);
    const answer = await this.answers.get(`${property.id}:${query.from}:${query.to}`, async () => {
      const range = toStay({ arrival: query.from, departure: query.to });
      const [inventory, taken] = await Promise.all([
        this.catalogueService.inventoryOf(property.id),
        this.reservations.takenCountsByTypeAndNight('replica', property.id, range),
      ]);
      const nights = eachNight(range);
      return {
        from: query.from,
        to: query.to,
        unitTypes: inventory.unitTypes.map((unitType) => {
          const units = inventory.units.filter((unit) => unit.unitTypeId === unitType.id).length;
          const free = nights.map(() => units);
          for (const row of taken) {
            if (row.unitTypeId === unitType.id) {
              const index = daysBetween(range.arrival, row.night as typeof range.arrival);
              free[index] = Math.max(0, units - row.taken);
            }
          }
          return { unitTypeCode: unitType.code, units, free };
        }),
      };
    });
    if (!answer) {
      throw new Error('night occupancy produced no answer');
    }
    return answer;
  }
}
