import { Inject, Injectable } from '@nestjs/common';
import { LRUCache } from 'lru-cache';
import { explainViolation, quoteStay, searchAvailability } from '@pitchdesk/domain';
import type { Quote, UnitFilters } from '@pitchdesk/domain';
import { availabilityQuerySchema, propertySlugSchema, quoteRequestSchema } from '@pitchdesk/contracts';
import type { AvailabilityQuery, AvailabilityResponse } from '@pitchdesk/contracts';
import { CatalogueService } from '../catalogue/catalogue.service';
import { todayAt } from '../common/property-clock';
import { ReadThroughCache } from '../common/read-through-cache';
import { APP_CONFIG } from '../config/app-config';
import type { AppConfig } from '../config/app-config';
import { parseInput } from '../common/validation';
import { PropertiesService } from '../properties/properties.service';
import { ReservationsRepository } from './reservations.repository';
import { asClientError, toParty, toStay } from './stay-input';

interface SerializedAnswer {
  readonly json: string;
}

function filtersOf(query: AvailabilityQuery): UnitFilters {
  return {
    ...(query.types && { unitTypeCodes: query.types }),
    ...(query.features && { features: query.features }),
    ...(query.shade && { shade: query.shade }),
    ...(query.accessible !== undefined && { accessible: query.accessible }),
    ...(query.electricity !== undefined && { electricity: query.electricity }),
    ...(query.petsAllowed !== undefined && { petsAllowed: query.petsAllowed }),
    ...(query.minVehicleLengthM !== undefined && { minVehicleLengthM: query.minVehicleLengthM }),
  };
}

/** Browsing: every read here may come from a replica and tolerates its lag. */
@Injectable()
export class AvailabilityService {
  private readonly takenUnits: ReadThroughCache<Set<string>>;
  private readonly answers: ReadThroughCache<SerializedAnswer>;
  private readonly quotes: LRUCache<string, Map<string, Quote>>;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly properties: PropertiesService,
    private readonly catalogueService: CatalogueService,
    private readonly reservations: ReservationsRepository,
  ) {
    this.takenUnits = new ReadThroughCache({ max: 4_096, ttlMs: config.PD_AVAILABILITY_CACHE_MS });
    // An answer is a function of inputs already reused for this long (taken units, rate
    // card, inventory), so reusing the answer itself adds no staleness, only speed.
    this.answers = new ReadThroughCache({ max: 4_096, ttlMs: config.PD_AVAILABILITY_CACHE_MS });
    this.quotes = new LRUCache({ max: 8_192, ttl: config.PD_CATALOGUE_CACHE_MS });
  }

  /**
   * The answer as JSON text: kept serialised, a repeated search costs no serialisation.
   * Keyed by the query string as sent: the same text always parses to the same query, so
   * a repeated search is not even validated again (an invalid one is never cached).
   */
  async searchSerialized(rawSlug: string, rawQuery: unknown, queryString: string): Promise<string> {
    const answer = await this.answers.get(`${rawSlug}?${queryString}`, async () => {
      const slug = parseInput(propertySlugSchema, rawSlug, 'slug');
      const query = parseInput(availabilityQuerySchema, rawQuery, 'query');
      return { json: JSON.stringify(await this.searchUncached(slug, query)) };
    });
    if (!answer) {
      throw new Error('availability search produced no answer');
    }
    return answer.json;
  }

  private async searchUncached(slug: string, query: AvailabilityQuery): Promise<AvailabilityResponse> {
    const property = await this.properties.get(slug);
    const stay = toStay(query);
    const [{ card, version }, inventory, taken] = await Promise.all([
      this.catalogueService.requireRateCard(property),
      this.catalogueService.inventoryOf(property.id),
      this.takenUnits
        .get(`${property.id}:${stay.arrival}:${stay.departure}`, () => this.reservations.takenUnitIds('replica', property.id, stay))
        .then((taken) => taken ?? new Set<string>()),
    ]);
    const party = toParty({ adults: query.adults, childrenAges: query.children, pets: query.pets, vehicles: query.vehicles });
    const locale = query.lang ?? 'en';
    const bookedOn = todayAt(property.timeZone);
    // Prices depend on the rate-card version, stay, party and day, never on availability:
    // kept as long as the rate card itself, so an answer rebuilt because a unit was taken
    // does not price every type again.
    const quoteKey = `${property.id}:${version}:${stay.arrival}:${stay.departure}:${bookedOn}:${JSON.stringify(party)}`;
    let quotes = this.quotes.get(quoteKey);
    if (!quotes) {
      quotes = new Map<string, Quote>();
      this.quotes.set(quoteKey, quotes);
    }
    const priceType = (unitTypeCode: string): Quote => {
      let quote = quotes.get(unitTypeCode);
      if (!quote) {
        quote = quoteStay(card, { unitTypeCode, stay, party, extras: [], bookedOn });
        quotes.set(unitTypeCode, quote);
      }
      return quote;
    };
    let results;
    try {
      results = searchAvailability({
        unitTypes: inventory.unitTypes,
        units: inventory.units,
        rateCard: card,
        stay,
        party,
        bookedOn,
        filters: filtersOf(query),
        takenUnitIds: taken,
        priceType,
      });
    } catch (error) {
      return asClientError(error);
    }
    return {
      propertyId: property.id,
      arrival: stay.arrival,
      departure: stay.departure,
      results: results.map((result) => ({
        unitType: result.unitType,
        available: result.available,
        violations: result.violations.map((violation) => ({
          code: violation.code,
          params: violation.params,
          message: explainViolation(violation, locale),
        })),
        quote: result.quote,
        freeUnitCount: result.freeUnits.length,
        ...(query.units && { freeUnitIds: result.freeUnits.map((unit) => unit.id) }),
      })),
    };
  }

  async quote(slug: string, body: unknown): Promise<Quote> {
    const request = parseInput(quoteRequestSchema, body, 'body');
    const property = await this.properties.get(slug);
    const { card } = await this.catalogueService.requireRateCard(property);
    try {
      return quoteStay(card, {
        unitTypeCode: request.unitTypeCode,
        stay: toStay(request.stay),
        party: toParty(request.party),
        extras: request.extras,
        bookedOn: todayAt(property.timeZone),
      });
    } catch (error) {
      return asClientError(error);
    }
  }
}
