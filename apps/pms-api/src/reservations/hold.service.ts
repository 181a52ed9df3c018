import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { UnitOfWork } from '../database/unit-of-work';
import { checkStayRules, explainViolation, quoteStay, unitAccepts } from '@pitchdesk/domain';
import type { DateRange, Locale, Party, Quote, RateCard, Unit, UnitType } from '@pitchdesk/domain';
import type { HoldRequestBody, HoldResponse } from '@pitchdesk/contracts';
import { holdRequestSchema } from '@pitchdesk/contracts';
import { CatalogueService } from '../catalogue/catalogue.service';
import { todayAt } from '../common/property-clock';
import { parseInput } from '../common/validation';
import { APP_CONFIG } from '../config/app-config';
import type { AppConfig } from '../config/app-config';
import { PropertiesService } from '../properties/properties.service';
import { AvailabilityPublisher } from '../realtime/availability-publisher';
import { newReference } from './booking-identifiers';
import { ReservationsError, ReservationsErrorCode } from './reservations.errors';
import { ReservationsRepository } from './reservations.repository';
import { asClientError, toParty, toStay } from './stay-input';
import { withDeadlockRetry } from './transaction-retry';

interface Candidate {
  unit: Unit;
  unitType: UnitType;
}

/** Holds a unit for a guest during checkout; the database guarantees one live claim per unit-night. */
@Injectable()
export class HoldService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly properties: PropertiesService,
    private readonly catalogueService: CatalogueService,
    private readonly reservations: ReservationsRepository,
    private readonly publisher: AvailabilityPublisher,
  ) {}

  async hold(slug: string, body: unknown): Promise<HoldResponse> {
    const request = parseInput(holdRequestSchema, body, 'body');
    const property = await this.properties.getForWrite(slug);
    const stay = toStay(request.stay);
    const party = toParty(request.party);
    if (request.unitId && (await this.reservations.anyNightTaken(request.unitId, stay))) {
      throw this.unitTaken(request.unitId);
    }
    const result = await withDeadlockRetry(() =>
      this.reservations.transaction((manager) => this.holdIn(manager, property.id, property.timeZone, request, stay, party)),
    );
    this.publisher.publishAvailabilityChanged({
      propertyId: property.id,
      unitIds: [result.unitId],
      arrival: stay.arrival,
      departure: stay.departure,
      state: 'held',
    });
    return result;
  }

  private async holdIn(
    manager: UnitOfWork,
    propertyId: string,
    timeZone: string,
    request: HoldRequestBody,
    stay: DateRange,
    party: Party,
  ): Promise<HoldResponse> {
    const reservationId = randomUUID();
    // The task's clock (Amazon Time Sync keeps it within a millisecond of the database's,
    // which decides expiry): reading the database's would cost a round trip per hold.
    const expiresAt = new Date(Date.now() + this.config.PD_HOLD_SECONDS * 1_000);
    const claim = (unitId: string): Promise<'claimed' | 'taken'> =>
      this.reservations.claimUnitNights(manager, { unitId, propertyId, reservationId, stay, holdExpiresAt: expiresAt });
    // A specific unit is claimed first: in a race for it, every loser leaves after this one
    // statement instead of holding a connection through the reads below. The winner then
    // checks the rules and prices; a refusal rolls its claim back with the transaction.
    if (request.unitId && (await claim(request.unitId)) === 'taken') {
      throw this.unitTaken(request.unitId);
    }
    const rateCard = await this.catalogueService.currentRateCardFor(manager, propertyId);
    if (!rateCard) {
      throw new ReservationsError(ReservationsErrorCode.PRICING_FAILED, 'This property has no prices yet');
    }
    const candidates = await this.candidates(manager, propertyId, request, stay, party);
    for (const candidate of candidates) {
      const quote = this.priceOrRefuse(rateCard.card, candidate, stay, party, timeZone, request.lang ?? 'en');
      if (!request.unitId && (await claim(candidate.unit.id)) === 'taken') {
        continue;
      }
      await this.reservations.insert(manager, {
        id: reservationId,
        propertyId,
        reference: newReference(),
        status: 'held',
        unitId: candidate.unit.id,
        unitTypeId: candidate.unitType.id,
        arrival: stay.arrival,
        departure: stay.departure,
        party,
        extras: [],
        quote,
        rateCardVersion: rateCard.version,
        totalMinor: quote.totalMinor,
        currency: quote.currency,
        guest: null,
        locale: 'en',
        holdExpiresAt: expiresAt,
        idempotencyKey: null,
        requestFingerprint: null,
        cancellationFeeMinor: null,
        confirmedAt: null,
        cancelledAt: null,
        expiryAnnouncedAt: null,
      });
      return {
        holdId: reservationId,
        unitId: candidate.unit.id,
        unitCode: candidate.unit.code,
        unitTypeCode: candidate.unitType.code,
        arrival: stay.arrival,
        departure: stay.departure,
        expiresAt: expiresAt.toISOString(),
        quote,
      };
    }
    throw request.unitId
      ? this.unitTaken(request.unitId)
      : new ReservationsError(ReservationsErrorCode.NO_UNIT_AVAILABLE, 'No unit of this type is free for the whole stay', {
          unitTypeCode: request.unitTypeCode,
        });
  }

  private unitTaken(unitId: string): ReservationsError {
    return new ReservationsError(ReservationsErrorCode.UNIT_TAKEN, 'This unit was just taken for some of these nights', { unitId });
  }

  /** The unit asked for, or every free unit of the type asked for that takes the party (read on the primary). */
  private async candidates(
    manager: UnitOfWork,
    propertyId: string,
    request: HoldRequestBody,
    stay: DateRange,
    party: Party,
  ): Promise<Candidate[]> {
    if (request.unitId) {
      const found = await this.catalogueService.unitAndType(manager, propertyId, request.unitId);
      if (!found) {
        throw new ReservationsError(ReservationsErrorCode.UNIT_NOT_FOUND, 'No such unit at this property', { unitId: request.unitId });
      }
      return [found];
    }
    const found = await this.catalogueService.unitTypeWithUnits(manager, propertyId, request.unitTypeCode ?? '');
    if (!found) {
      throw new ReservationsError(ReservationsErrorCode.UNIT_NOT_FOUND, 'No such unit type at this property', {
        unitTypeCode: request.unitTypeCode,
      });
    }
    const { unitType, units } = found;
    // Which units are taken decides the hold: read on the primary, in this transaction.
    const taken = await this.reservations.takenUnitIdsWith(manager, propertyId, stay);
    // "Any unit of this type" means any that is free and takes this party.
    return units
      .filter((unit) => !taken.has(unit.id) && unitAccepts(unit, party).length === 0)
      .map((unit) => ({ unit, unitType }));
  }

  private priceOrRefuse(card: RateCard, candidate: Candidate, stay: DateRange, party: Party, timeZone: string, lang: Locale): Quote {
    const violations = [...checkStayRules(card, candidate.unitType.code, stay), ...unitAccepts(candidate.unit, party)];
    if (violations.length > 0) {
      throw new ReservationsError(ReservationsErrorCode.STAY_NOT_ALLOWED, 'This stay does not fit the rules of this unit', {
        // Explained in the guest's language, as search explains them.
        violations: violations.map((violation) => ({ ...violation, message: explainViolation(violation, lang) })),
      });
    }
    try {
      return quoteStay(card, {
        unitTypeCode: candidate.unitType.code,
        stay,
        party,
        extras: [],
        bookedOn: todayAt(timeZone),
      });
    } catch (error) {
      return asClientError(error);
    }
  }
}
