import { Injectable } from '@nestjs/common';
import type { DateRange } from '@pitchdesk/domain';
import type { PropertySummary, StaffEventKind } from '@pitchdesk/contracts';
import type { UnitOfWork } from '../database/unit-of-work';
import { AvailabilityPublisher } from '../realtime/availability-publisher';
import { StaffEventsPublisher } from '../realtime/staff-events-publisher';
import { BookingMails } from '../reservations/booking-mails';
import { BookingViews } from '../reservations/booking-views';
import type { ReservationEntity, ReservationStatus } from '../reservations/reservation.entity';
import type { Actor } from '../staff-auth/staff-actor.decorator';
import type { DeskReservation } from './desk-reservation';

/** Who hears of a desk change: the guest by e-mail (through the outbox), consoles and booking pages through the hub. */
@Injectable()
export class DeskNotifications {
  constructor(
    private readonly mails: BookingMails,
    private readonly views: BookingViews,
    private readonly availability: AvailabilityPublisher,
    private readonly staffEvents: StaffEventsPublisher,
  ) {}

  /** In the booking's transaction, like an online booking's; only when the guest gave an e-mail. */
  async confirmationMail(work: UnitOfWork, property: PropertySummary, reservation: DeskReservation): Promise<void> {
    if (reservation.guest?.email) {
      const { booking, manageToken } = await this.views.created(work, asEntity(reservation));
      await this.mails.bookingConfirmed(work, property, booking, manageToken);
    }
  }

  async cancellationMail(work: UnitOfWork, property: PropertySummary, reservation: DeskReservation): Promise<void> {
    if (reservation.guest?.email) {
      const { booking } = await this.views.created(work, asEntity(reservation));
      await this.mails.bookingCancelled(work, property, booking);
    }
  }

  /** After the commit only: a rolled-back change must not be announced. */
  nights(propertyId: string, unitId: string, ranges: readonly DateRange[], state: 'booked' | 'released'): void {
    for (const range of ranges) {
      this.availability.publishAvailabilityChanged({ propertyId, unitIds: [unitId], arrival: range.arrival, departure: range.departure, state });
    }
  }

  staff(propertyId: string, kind: StaffEventKind, reservationId: string, actor: Actor): void {
    this.staffEvents.publishStaffEvent({ propertyId, kind, subjectId: reservationId, actor });
  }
}

/** The booking engine's view of a desk reservation (its mails know confirmed and cancelled only). */
function asEntity(reservation: DeskReservation): ReservationEntity {
  const status: ReservationStatus = reservation.status === 'cancelled' ? 'cancelled' : 'confirmed';
  return { ...reservation, status };
}
