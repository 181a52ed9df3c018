import { createHash, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { checkStayRules, explainViolation, parseDateRange, unitAccepts } from '@pitchdesk/domain';
import { deskBookingRequestSchema, deskQuoteRequestSchema, idempotencyKeySchema } from '@pitchdesk/contracts';
import type { DeskQuote, PropertySummary, ReservationDetail } from '@pitchdesk/contracts';
import { AuditRepository } from '../audit/audit.repository';
import { todayAt } from '../common/property-clock';
import { parseInput } from '../common/validation';
import type { UnitOfWork } from '../database/unit-of-work';
import { UnitNightClaims } from '../planning/unit-night-claims';
import { PropertiesService } from '../properties/properties.service';
import { newReference } from '../reservations/booking-identifiers';
import { MYSQL_DUPLICATE_KEY, mysqlErrno } from '../reservations/mysql-errors';
import { toParty } from '../reservations/stay-input';
import type { Actor } from '../staff-auth/staff-actor.decorator';
import type { DeskReservation, StoredOverride } from './desk-reservation';
import { storedGuest } from './desk-reservation';
import { DeskNotifications } from './desk-notifications';
import { DeskPricing } from './desk-pricing.service';
import { withoutPriceOverride } from './desk-pricing';
import { deskTransaction } from './desk-transaction';
import { ReservationDeskError, ReservationDeskErrorCode } from './reservation-desk.errors';
import { ReservationDeskRepository } from './reservation-desk.repository';
import { ReservationDetails } from './reservation-details.service';
import { ReservationsRepository } from '../reservations/reservations.repository';

type DeskBookingRequest = ReturnType<typeof deskBookingRequestSchema.parse>;

/**
 * Phone and walk-in bookings: priced and checked like online ones, nights claimed under
 * the same unit-night key (so overbooking stays impossible), overrides recorded with their
 * reason, exactly once per Idempotency-Key.
 */
@Injectable()
export class DeskBookingService {
  constructor(
    private readonly properties: PropertiesService,
    private readonly pricing: DeskPricing,
    private readonly claims: UnitNightClaims,
    private readonly repository: ReservationDeskRepository,
    /** The reservations context owns folio lines: its repository writes them. */
    private readonly folio: ReservationsRepository,
    private readonly audit: AuditRepository,
    private readonly notifications: DeskNotifications,
    private readonly details: ReservationDetails,
  ) {}

  async create(slug: string, body: unknown, keyHeader: string | undefined, actor: Actor): Promise<{ created: boolean; reservation: ReservationDetail }> {
    if (keyHeader === undefined) {
      throw new ReservationDeskError(
        ReservationDeskErrorCode.IDEMPOTENCY_KEY_MISSING,
        'Send an Idempotency-Key header (e.g. a UUID) so that a repeated click cannot book twice',
      );
    }
    const key = parseInput(idempotencyKeySchema, keyHeader, 'Idempotency-Key');
    const request = parseInput(deskBookingRequestSchema, body, 'body');
    const property = await this.properties.getForWrite(slug);
    const fingerprint = createHash('sha256').update(JSON.stringify(request)).digest('hex');
    const attempt = () => deskTransaction(this.claims, (work) => this.createIn(work, property, request, key, fingerprint, actor));
    let outcome: { created: boolean; reservation: DeskReservation };
    try {
      outcome = await attempt();
    } catch (error) {
      // The same key committed by a concurrent request while this one waited on the
      // unique index: run again, which finds that booking and answers with it.
      if (mysqlErrno(error) !== MYSQL_DUPLICATE_KEY) {
        throw error;
      }
      outcome = await attempt();
    }
    const { reservation } = outcome;
    if (outcome.created) {
      this.notifications.nights(property.id, reservation.unitId, [parseDateRange(reservation)], 'booked');
      this.notifications.staff(property.id, 'reservation.created', reservation.id, actor);
    }
    return { created: outcome.created, reservation: await this.details.view(property, reservation.id) };
  }

  /** What the booking would cost and which rules it breaks; books nothing. */
  async quote(slug: string, body: unknown): Promise<DeskQuote> {
    const request = parseInput(deskQuoteRequestSchema, body, 'body');
    const property = await this.properties.getForWrite(slug);
    const stay = parseDateRange(request.stay);
    const party = toParty(request.party);
    return this.repository.onPrimary(async (work) => {
      const { unit, unitType } = await this.pricing.locate(work, property.id, request.unitId);
      const { card } = await this.pricing.card(work, property.id, 'current');
      const quoted = this.pricing.quote(card, { unitTypeCode: unitType.code, stay, party, extras: request.extras, bookedOn: todayAt(property.timeZone) });
      const { quote } = this.pricing.applyPriceOverride(withoutPriceOverride(quoted), request.priceOverride, 'preview');
      const explain = (violations: ReturnType<typeof unitAccepts>) => violations.map((violation) => ({ ...violation, message: explainViolation(violation, 'en') }));
      return {
        quote,
        quotedTotalMinor: quoted.totalMinor,
        violations: explain(checkStayRules(card, unitType.code, stay)),
        unsuitable: explain(unitAccepts(unit, party)),
        nightsFree: !(await this.repository.anyNightTakenByOthers(work, unit.id, stay, request.reservationId ?? null)),
      };
    });
  }

  private async createIn(
    work: UnitOfWork,
    property: PropertySummary,
    request: DeskBookingRequest,
    key: string,
    fingerprint: string,
    actor: Actor,
  ): Promise<{ created: boolean; reservation: DeskReservation }> {
    const existing = await this.repository.findByIdempotencyKey(work, property.id, key);
    if (existing) {
      if (existing.requestFingerprint !== fingerprint) {
        throw new ReservationDeskError(ReservationDeskErrorCode.IDEMPOTENCY_KEY_REUSED, 'This Idempotency-Key was used with different booking details');
      }
      return { created: false, reservation: existing };
    }
    const stay = parseDateRange(request.stay);
    const party = toParty(request.party);
    const { unit, unitType } = await this.pricing.locate(work, property.id, request.unitId);
    this.pricing.requireSuitable(unit, party);
    const { version, card } = await this.pricing.card(work, property.id, 'current');
    const rules = this.pricing.checkRules(card, unitType.code, stay, request.ruleOverride, actor);
    const quoted = this.pricing.quote(card, { unitTypeCode: unitType.code, stay, party, extras: request.extras, bookedOn: todayAt(property.timeZone) });
    const priced = this.pricing.applyPriceOverride(quoted, request.priceOverride, actor);
    const overrides = [priced.record, rules].filter((record): record is StoredOverride => record !== null);
    const reservation: DeskReservation = {
      id: randomUUID(),
      propertyId: property.id,
      reference: newReference(),
      status: 'confirmed',
      channel: request.channel,
      unitId: unit.id,
      unitCode: unit.code,
      unitTypeId: unitType.id,
      unitTypeCode: unitType.code,
      arrival: stay.arrival,
      departure: stay.departure,
      party,
      extras: request.extras,
      quote: priced.quote,
      rateCardVersion: version,
      totalMinor: priced.quote.totalMinor,
      currency: priced.quote.currency,
      guest: storedGuest(request.guest),
      locale: request.locale,
      holdExpiresAt: null,
      idempotencyKey: key,
      requestFingerprint: fingerprint,
      cancellationFeeMinor: null,
      createdAt: new Date(),
      confirmedAt: new Date(),
      cancelledAt: null,
      expiryAnnouncedAt: null,
      overrides,
      version: 1,
      createdBy: actor,
    };
    // The row first: its unique Idempotency-Key makes a concurrent double click wait here.
    await this.repository.insertBooking(work, reservation);
    await this.claims.claim(work, { unitId: unit.id, propertyId: property.id, claimant: reservation.id, stay, kind: 'reservation' });
    await this.folio.addFolioLines(work, reservation.id, reservation.quote.lines);
    await this.audit.record(work, {
      propertyId: property.id,
      actor,
      action: 'reservation.created',
      subjectType: 'reservation',
      subjectId: reservation.id,
      before: null,
      after: {
        channel: reservation.channel,
        unitId: unit.id,
        arrival: stay.arrival,
        departure: stay.departure,
        party,
        extras: request.extras,
        guest: reservation.guest,
        quotedTotalMinor: quoted.totalMinor,
        totalMinor: reservation.totalMinor,
        overrides,
      },
    });
    await this.notifications.confirmationMail(work, property, reservation);
    return { created: true, reservation };
  }
}
