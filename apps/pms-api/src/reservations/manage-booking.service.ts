import { Inject, Injectable } from '@nestjs/common';
import { cancellationTerms } from '@pitchdesk/domain';
import type { CalendarDate } from '@pitchdesk/domain';
import type { BookingView } from '@pitchdesk/contracts';
import { CatalogueService } from '../catalogue/catalogue.service';
import { todayAt } from '../common/property-clock';
import { APP_CONFIG } from '../config/app-config';
import type { AppConfig } from '../config/app-config';
import type { UnitOfWork } from '../database/unit-of-work';
import { AvailabilityPublisher } from '../realtime/availability-publisher';
import { isManageToken } from './booking-identifiers';
import { BookingMails } from './booking-mails';
import { BookingViews } from './booking-views';
import type { ReservationEntity } from './reservation.entity';
import { ReservationsError, ReservationsErrorCode } from './reservations.errors';
import { ReservationsRepository } from './reservations.repository';
import { withDeadlockRetry } from './transaction-retry';
import { StaffEventsPublisher } from '../realtime/staff-events-publisher';
import { GUEST_ACTOR } from './guest-actor';

/** "Manage my booking": the guest proves it is theirs with the token from the e-mail. */
@Injectable()
export class ManageBookingService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly catalogueService: CatalogueService,
    private readonly reservations: ReservationsRepository,
    private readonly views: BookingViews,
    private readonly mails: BookingMails,
    private readonly publisher: AvailabilityPublisher,
    private readonly staffEvents: StaffEventsPublisher,
  ) {}

  async view(reference: string, token: string | undefined): Promise<BookingView> {
    return this.reservations.transaction(async (work) => {
      const reservation = this.authorised(await this.reservations.findByReferenceForView(work, reference), token);
      return (await this.views.created(work, reservation)).booking;
    });
  }

  async cancel(reference: string, token: string | undefined): Promise<BookingView> {
    const { booking, reservationId } = await withDeadlockRetry(() =>
      this.reservations.transaction(async (work) => {
        const reservation = this.authorised(await this.reservations.findByReferenceForUpdate(work, reference), token);
        if (reservation.status === 'cancelled') {
          throw new ReservationsError(ReservationsErrorCode.ALREADY_CANCELLED, 'This booking is already cancelled', { reference });
        }
        if (reservation.status === 'checked-in' || reservation.status === 'checked-out') {
          throw new ReservationsError(ReservationsErrorCode.STAY_STARTED, 'This stay has started: please speak to the reception', { reference, status: reservation.status });
        }
        const cancelled = await this.cancelIn(work, reservation);
        const view = (await this.views.created(work, cancelled)).booking;
        await this.mails.bookingCancelled(work, await this.views.property(reservation.propertyId), view);
        return { booking: view, reservationId: reservation.id };
      }),
    );
    this.publisher.publishAvailabilityChanged({
      propertyId: booking.propertyId,
      unitIds: [booking.unitId],
      arrival: booking.arrival,
      departure: booking.departure,
      state: 'released',
    });
    this.staffEvents.publishStaffEvent({ propertyId: booking.propertyId, kind: 'reservation.cancelled', subjectId: reservationId, actor: GUEST_ACTOR });
    return booking;
  }

  private async cancelIn(work: UnitOfWork, reservation: ReservationEntity): Promise<ReservationEntity> {
    const property = await this.views.property(reservation.propertyId);
    const card = await this.catalogueService.rateCardVersion(work, reservation.propertyId, reservation.rateCardVersion);
    if (!card) {
      throw new Error(`reservation ${reservation.id} refers to a missing rate card`);
    }
    const today: CalendarDate = todayAt(property.timeZone);
    const terms = cancellationTerms(card.cancellation, reservation.totalMinor, reservation.arrival as CalendarDate, today);
    const changes = { status: 'cancelled' as const, cancelledAt: new Date(), cancellationFeeMinor: terms.feeMinor };
    await this.reservations.releaseUnitNights(work, reservation.id);
    await this.reservations.update(work, reservation.id, changes);
    if (terms.feeMinor > 0) {
      await this.reservations.addFolioLines(work, reservation.id, [
        { kind: 'cancellation-fee', code: 'cancellation', quantity: 1, unitMinor: terms.feeMinor, amountMinor: terms.feeMinor },
      ]);
    }
    return { ...reservation, ...changes };
  }

  /** Unknown reference, a hold, or a wrong token all answer "not found": nothing leaks. */
  private authorised(reservation: ReservationEntity | null, token: string | undefined): ReservationEntity {
    if (
      !reservation ||
      reservation.status === 'held' ||
      reservation.status === 'expired' ||
      token === undefined ||
      !isManageToken(this.config.PD_MANAGE_TOKEN_KEY, reservation.id, token)
    ) {
      throw new ReservationsError(ReservationsErrorCode.BOOKING_NOT_FOUND, 'No booking with this reference and link');
    }
    return reservation;
  }
}
