import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { UnitOfWork } from '../database/unit-of-work';
import { nights, quoteStay } from '@pitchdesk/domain';
import { bookingRequestSchema, idempotencyKeySchema } from '@pitchdesk/contracts';
import type { BookingCreated } from '@pitchdesk/contracts';
import { CatalogueService } from '../catalogue/catalogue.service';
import { todayAt } from '../common/property-clock';
import { parseInput } from '../common/validation';
import { AvailabilityPublisher } from '../realtime/availability-publisher';
import { BookingMails } from './booking-mails';
import { BookingViews } from './booking-views';
import type { ReservationEntity } from './reservation.entity';
import { ReservationsError, ReservationsErrorCode } from './reservations.errors';
import { ReservationsRepository } from './reservations.repository';
import { asClientError, toStay } from './stay-input';
import { MYSQL_DUPLICATE_KEY, mysqlErrno } from './mysql-errors';
import { withDeadlockRetry } from './transaction-retry';
import { StaffEventsPublisher } from '../realtime/staff-events-publisher';
import { GUEST_ACTOR } from './guest-actor';

/** Confirms a hold into a booking, exactly once per Idempotency-Key. */
@Injectable()
export class BookingService {
  constructor(
    private readonly catalogueService: CatalogueService,
    private readonly reservations: ReservationsRepository,
    private readonly mails: BookingMails,
    private readonly views: BookingViews,
    private readonly publisher: AvailabilityPublisher,
    private readonly staffEvents: StaffEventsPublisher,
  ) {}

  async book(body: unknown, idempotencyKeyHeader: string | undefined): Promise<{ created: boolean; result: BookingCreated }> {
    if (idempotencyKeyHeader === undefined) {
      throw new ReservationsError(
        ReservationsErrorCode.IDEMPOTENCY_KEY_MISSING,
        'Send an Idempotency-Key header (e.g. a UUID) so that a retried request cannot book twice',
      );
    }
    const key = parseInput(idempotencyKeySchema, idempotencyKeyHeader, 'Idempotency-Key');
    const request = parseInput(bookingRequestSchema, body, 'body');
    const fingerprint = createHash('sha256').update(JSON.stringify(request)).digest('hex');
    const outcome = await withDeadlockRetry(() =>
      this.reservations.transaction(async (manager) => this.bookIn(manager, request, key, fingerprint)).catch(
        (error: unknown) => {
          // Two different holds racing with one key: the unique index lets only one win.
          if (mysqlErrno(error) === MYSQL_DUPLICATE_KEY) {
            throw new ReservationsError(ReservationsErrorCode.IDEMPOTENCY_KEY_REUSED, 'This Idempotency-Key was used for another booking');
          }
          throw error;
        },
      ),
    );
    if (outcome.created) {
      const { booking } = outcome.result;
      this.publisher.publishAvailabilityChanged({
        propertyId: booking.propertyId,
        unitIds: [booking.unitId],
        arrival: booking.arrival,
        departure: booking.departure,
        state: 'booked',
      });
      this.staffEvents.publishStaffEvent({ propertyId: booking.propertyId, kind: 'reservation.created', subjectId: request.holdId, actor: GUEST_ACTOR });
    }
    return outcome;
  }

  private async bookIn(
    manager: UnitOfWork,
    request: ReturnType<typeof bookingRequestSchema.parse>,
    key: string,
    fingerprint: string,
  ): Promise<{ created: boolean; result: BookingCreated }> {
    // The row lock serialises a retry with the request it retries.
    const hold = await this.reservations.findForUpdate(manager, request.holdId);
    if (!hold) {
      throw new ReservationsError(ReservationsErrorCode.HOLD_NOT_FOUND, 'No such hold; it may never have existed', {
        holdId: request.holdId,
      });
    }
    if (hold.status === 'confirmed') {
      if (hold.idempotencyKey !== key) {
        throw new ReservationsError(ReservationsErrorCode.ALREADY_BOOKED, 'This hold has already been booked');
      }
      if (hold.requestFingerprint !== fingerprint) {
        throw new ReservationsError(
          ReservationsErrorCode.IDEMPOTENCY_KEY_REUSED,
          'This Idempotency-Key was used with different booking details',
        );
      }
      return { created: false, result: await this.views.created(manager, hold) };
    }
    if (hold.status === 'expired') {
      throw new ReservationsError(ReservationsErrorCode.HOLD_EXPIRED, 'The hold expired before the booking was confirmed', {
        holdId: hold.id,
      });
    }
    if (hold.status === 'cancelled') {
      throw new ReservationsError(ReservationsErrorCode.ALREADY_CANCELLED, 'This booking was cancelled');
    }
    const heldNights = await this.reservations.confirmUnitNights(manager, hold.id);
    if (heldNights !== nights(toStay(hold))) {
      throw new ReservationsError(ReservationsErrorCode.HOLD_EXPIRED, 'The hold expired before the booking was confirmed', {
        holdId: hold.id,
      });
    }
    const property = await this.views.property(hold.propertyId);
    const card = await this.catalogueService.rateCardVersion(manager, hold.propertyId, hold.rateCardVersion);
    const unitType = (await this.catalogueService.unitAndType(manager, hold.propertyId, hold.unitId))?.unitType;
    if (!card || !unitType) {
      throw new Error(`reservation ${hold.id} refers to a missing rate card or unit type`);
    }
    let quote;
    try {
      quote = quoteStay(card, {
        unitTypeCode: unitType.code,
        stay: toStay(hold),
        party: hold.party,
        extras: request.extras,
        bookedOn: todayAt(property.timeZone),
      });
    } catch (error) {
      return asClientError(error);
    }
    const confirmed = {
      guest: request.guest,
      extras: request.extras,
      locale: request.locale,
      quote,
      totalMinor: quote.totalMinor,
      idempotencyKey: key,
      requestFingerprint: fingerprint,
    };
    await this.reservations.confirm(manager, hold.id, confirmed);
    await this.reservations.addFolioLines(manager, hold.id, quote.lines);
    const booked: ReservationEntity = { ...hold, ...confirmed, status: 'confirmed', holdExpiresAt: null, confirmedAt: new Date() };
    const result = await this.views.created(manager, booked);
    await this.mails.bookingConfirmed(manager, property, result.booking, result.manageToken);
    return { created: true, result };
  }
}
