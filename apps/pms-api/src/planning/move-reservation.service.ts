import { Injectable } from '@nestjs/common';
import { PricingError, StayError, explainViolation, nights, parseDateRange, quoteStay, unitAccepts } from '@pitchdesk/domain';
import type { DateRange, Quote, Unit, UnitType } from '@pitchdesk/domain';
import { moveRequestSchema } from '@pitchdesk/contracts';
import type { MoveResult, PropertySummary } from '@pitchdesk/contracts';
import { CatalogueService } from '../catalogue/catalogue.service';
import { todayAt } from '../common/property-clock';
import { parseInput } from '../common/validation';
import type { UnitOfWork } from '../database/unit-of-work';
import { PropertiesService } from '../properties/properties.service';
import { AvailabilityPublisher } from '../realtime/availability-publisher';
import type { ReservationEntity } from '../reservations/reservation.entity';
import { ReservationsRepository } from '../reservations/reservations.repository';
import { planMove, pricingBasis, targetOf } from './move-plan';
import type { MovePlan, Placement } from './move-plan';
import { PlanningError, PlanningErrorCode } from './planning.errors';
import { PlanningRepository } from './planning.repository';
import type { Actor } from '../staff-auth/staff-actor.decorator';
import { UnitNightClaims } from './unit-night-claims';
import { AuditRepository } from '../audit/audit.repository';
import { StaffEventsPublisher } from '../realtime/staff-events-publisher';

type MoveRequest = ReturnType<typeof moveRequestSchema.parse>;
type Located = { unit: Unit; unitType: UnitType };
type Placed = Pick<ReservationEntity, 'unitId' | 'arrival' | 'departure' | 'rateCardVersion' | 'totalMinor' | 'unitTypeId' | 'quote'>;

const placementOf = (booking: Placed, unit: Unit): MoveResult['before'] => ({
  unitId: booking.unitId,
  unitCode: unit.code,
  arrival: booking.arrival,
  departure: booking.departure,
  rateCardVersion: booking.rateCardVersion,
  totalMinor: booking.totalMinor,
});

const auditState = (booking: Placed) => ({
  unitId: booking.unitId,
  unitTypeId: booking.unitTypeId,
  arrival: booking.arrival,
  departure: booking.departure,
  rateCardVersion: booking.rateCardVersion,
  totalMinor: booking.totalMinor,
  quote: booking.quote,
});

/**
 * Moves a booking to another unit and/or other nights, in one transaction on the primary:
 * the new nights are claimed first under the unit_nights primary key (a conflict rolls
 * everything back), then the old ones are released, so the booking never holds neither
 * or both. Optionally repriced with the domain's quoteStay (see `pricingBasis`), with the
 * folio following the new quote, and an audit event naming who moved what.
 */
@Injectable()
export class MoveReservationService {
  constructor(
    private readonly properties: PropertiesService,
    private readonly catalogue: CatalogueService,
    private readonly reservations: ReservationsRepository,
    private readonly planning: PlanningRepository,
    private readonly claims: UnitNightClaims,
    private readonly publisher: AvailabilityPublisher,
    private readonly staffEvents: StaffEventsPublisher,
    private readonly audit: AuditRepository,
  ) {}

  async move(slug: string, reservationId: string, body: unknown, actor: Actor): Promise<MoveResult> {
    const request = parseInput(moveRequestSchema, body, 'body');
    const property = await this.properties.getForWrite(slug);
    const { result, plan, current, target } = await this.claims.transaction((work) => this.moveIn(work, property, reservationId, request, actor));
    // After the commit: a rolled-back move must not be announced.
    for (const released of plan.releases) {
      this.publish(property.id, current.unitId, released, 'released');
    }
    for (const claimed of plan.claims) {
      this.publish(property.id, target.unitId, claimed, 'booked');
    }
    if (result.moved || result.repriced) {
      this.staffEvents.publishStaffEvent({ propertyId: property.id, kind: 'reservation.moved', subjectId: result.reservationId, actor });
    }
    return result;
  }

  private async moveIn(
    work: UnitOfWork,
    property: PropertySummary,
    reservationId: string,
    request: MoveRequest,
    actor: Actor,
  ): Promise<{ result: MoveResult; plan: MovePlan; current: Placement; target: Placement }> {
    // The row lock serialises this move with other moves and with a guest cancelling.
    const booking = await this.reservations.findForUpdate(work, reservationId);
    if (!booking || booking.propertyId !== property.id) {
      throw new PlanningError(PlanningErrorCode.RESERVATION_NOT_FOUND, 'No such reservation at this property', { reservationId });
    }
    if (booking.status !== 'confirmed') {
      throw new PlanningError(PlanningErrorCode.NOT_MOVABLE, `A ${booking.status} reservation cannot be moved`, { status: booking.status });
    }
    const current: Placement = { unitId: booking.unitId, stay: parseDateRange(booking) };
    const target = targetOf(current, request);
    const plan = planMove(current, target);
    const currentUnit = await this.locate(work, property.id, current.unitId);
    const targetUnit = plan.unitChanged ? await this.locate(work, property.id, target.unitId) : currentUnit;
    if (plan.unchanged) {
      return { result: this.result(booking, currentUnit, booking, currentUnit, false, false), plan, current, target };
    }
    const violations = plan.unitChanged ? unitAccepts(targetUnit.unit, booking.party) : [];
    if (violations.length > 0) {
      throw new PlanningError(PlanningErrorCode.UNIT_UNSUITABLE, `Unit ${targetUnit.unit.code} cannot take this party`, {
        violations: violations.map((violation) => ({ ...violation, message: explainViolation(violation, 'en') })),
      });
    }
    for (const claimed of plan.claims) {
      await this.claims.claim(work, { unitId: target.unitId, propertyId: property.id, claimant: booking.id, stay: claimed, kind: 'reservation', report: target.stay });
    }
    const released = await this.planning.releaseNightsOutside(work, booking.id, target.unitId, target.stay);
    const expected = plan.releases.reduce((sum, range) => sum + nights(range), 0);
    if (released !== expected) {
      // Its rows did not match its dates: moving would hide that, so nothing moves.
      throw new Error(`reservation ${booking.id} released ${released} unit-nights where its dates say ${expected}`);
    }
    const quote = request.reprice ? await this.reprice(work, property, booking, targetUnit.unitType, target.stay, plan) : null;
    const changes = {
      unitId: target.unitId,
      unitTypeId: targetUnit.unitType.id,
      arrival: target.stay.arrival,
      departure: target.stay.departure,
      ...(quote && { quote: quote.quote, totalMinor: quote.quote.totalMinor, rateCardVersion: quote.version }),
    };
    await this.reservations.update(work, booking.id, changes);
    if (quote) {
      // The folio follows the quote: the quoted lines are replaced (no payment or invoice
      // refers to them yet); the audit event keeps the old quote.
      await this.reservations.replaceQuotedFolioLines(work, booking.id, quote.quote.lines);
    }
    const moved = { ...booking, ...changes };
    await this.audit.record(work, {
      propertyId: property.id,
      actor,
      action: 'reservation.moved',
      subjectType: 'reservation',
      subjectId: booking.id,
      before: auditState(booking),
      after: { ...auditState(moved), repriced: quote !== null },
    });
    return { result: this.result(booking, currentUnit, moved, targetUnit, true, quote !== null), plan, current, target };
  }

  private async locate(work: UnitOfWork, propertyId: string, unitId: string): Promise<Located> {
    const found = await this.catalogue.unitAndType(work, propertyId, unitId);
    if (!found) {
      throw new PlanningError(PlanningErrorCode.UNIT_NOT_FOUND, 'No such unit at this property', { unitId });
    }
    return found;
  }

  private async reprice(
    work: UnitOfWork,
    property: PropertySummary,
    booking: ReservationEntity,
    unitType: UnitType,
    stay: DateRange,
    plan: MovePlan,
  ): Promise<{ quote: Quote; version: number }> {
    const current = pricingBasis(plan) === 'current';
    const card = current
      ? await this.catalogue.currentRateCardFor(work, property.id)
      : await this.catalogue
          .rateCardVersion(work, property.id, booking.rateCardVersion)
          .then((found) => (found ? { version: booking.rateCardVersion, card: found } : null));
    if (!card) {
      throw new PlanningError(PlanningErrorCode.PRICING_FAILED, 'This property has no prices for this booking');
    }
    const bookedOn = todayAt(property.timeZone, current ? new Date() : (booking.confirmedAt ?? booking.createdAt));
    try {
      const quote = quoteStay(card.card, { unitTypeCode: unitType.code, stay, party: booking.party, extras: booking.extras, bookedOn });
      return { quote, version: card.version };
    } catch (error) {
      if (error instanceof PricingError || error instanceof StayError) {
        throw new PlanningError(PlanningErrorCode.PRICING_FAILED, error.message, { reason: error.code });
      }
      throw error;
    }
  }

  private result(before: Placed, beforeUnit: Located, after: Placed & Pick<ReservationEntity, 'id' | 'reference' | 'currency'>, afterUnit: Located, moved: boolean, repriced: boolean): MoveResult {
    return {
      reservationId: after.id,
      reference: after.reference,
      moved,
      repriced,
      before: placementOf(before, beforeUnit.unit),
      after: placementOf(after, afterUnit.unit),
      currency: after.currency,
      quote: after.quote,
    };
  }

  private publish(propertyId: string, unitId: string, range: DateRange, state: 'booked' | 'released'): void {
    this.publisher.publishAvailabilityChanged({ propertyId, unitIds: [unitId], arrival: range.arrival, departure: range.departure, state });
  }
}
