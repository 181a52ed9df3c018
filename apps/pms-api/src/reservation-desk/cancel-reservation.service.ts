import { Injectable } from '@nestjs/common';
import { cancellationTerms, parseDateRange } from '@pitchdesk/domain';
import type { CalendarDate } from '@pitchdesk/domain';
import { reservationCancelSchema } from '@pitchdesk/contracts';
import type { PropertySummary, ReservationChange } from '@pitchdesk/contracts';
import { AuditRepository } from '../audit/audit.repository';
import { todayAt } from '../common/property-clock';
import { parseInput, ValidationFailedError } from '../common/validation';
import type { UnitOfWork } from '../database/unit-of-work';
import { PropertiesService } from '../properties/properties.service';
import { ReservationsRepository } from '../reservations/reservations.repository';
import { withDeadlockRetry } from '../reservations/transaction-retry';
import type { Actor } from '../staff-auth/staff-actor.decorator';
import { DeskNotifications } from './desk-notifications';
import { DeskPricing } from './desk-pricing.service';
import type { DeskReservation, StoredOverride } from './desk-reservation';
import { ReservationDeskError, ReservationDeskErrorCode } from './reservation-desk.errors';
import { ReservationDeskRepository } from './reservation-desk.repository';
import { ReservationDetails } from './reservation-details.service';

type CancelRequest = ReturnType<typeof reservationCancelSchema.parse>;

/**
 * Cancels a booking from the desk: the fee the booked rate card's policy sets for today,
 * or a staff fee with its reason; the nights are freed in the same transaction, the guest
 * is told by e-mail, booking pages and consoles through the hub.
 */
@Injectable()
export class CancelReservationService {
  constructor(
    private readonly properties: PropertiesService,
    private readonly pricing: DeskPricing,
    private readonly reservations: ReservationsRepository,
    private readonly repository: ReservationDeskRepository,
    private readonly audit: AuditRepository,
    private readonly notifications: DeskNotifications,
    private readonly details: ReservationDetails,
  ) {}

  async cancel(slug: string, id: string, body: unknown, actor: Actor): Promise<ReservationChange> {
    const request = parseInput(reservationCancelSchema, body ?? {}, 'body');
    const property = await this.properties.getForWrite(slug);
    const cancelled = await withDeadlockRetry(() => this.repository.transaction((work) => this.cancelIn(work, property, id, request, actor)));
    this.notifications.nights(property.id, cancelled.unitId, [parseDateRange(cancelled)], 'released');
    this.notifications.staff(property.id, 'reservation.cancelled', id, actor);
    return { reservation: await this.details.view(property, id), previousTotalMinor: cancelled.totalMinor, repriced: false };
  }

  private async cancelIn(work: UnitOfWork, property: PropertySummary, id: string, request: CancelRequest, actor: Actor): Promise<DeskReservation> {
    // The row lock serialises this with edits, moves and the guest cancelling online.
    const booking = await this.repository.findForUpdate(work, id);
    if (!booking || booking.propertyId !== property.id) {
      throw new ReservationDeskError(ReservationDeskErrorCode.RESERVATION_NOT_FOUND, 'No such reservation at this property', { id });
    }
    if (booking.status !== 'confirmed') {
      throw new ReservationDeskError(ReservationDeskErrorCode.NOT_CANCELLABLE, `A ${booking.status} reservation cannot be cancelled`, { status: booking.status });
    }
    const { card } = await this.pricing.card(work, property.id, booking.rateCardVersion);
    const policyFeeMinor = cancellationTerms(card.cancellation, booking.totalMinor, booking.arrival as CalendarDate, todayAt(property.timeZone)).feeMinor;
    const override = request.feeOverride;
    if (override && override.feeMinor > booking.totalMinor) {
      throw new ValidationFailedError({ 'body.feeOverride.feeMinor': `must not exceed the booking's total (${booking.totalMinor} minor units)` });
    }
    const feeMinor = override?.feeMinor ?? policyFeeMinor;
    const record: StoredOverride | null = override
      ? { kind: 'cancellation-fee', feeMinor, policyFeeMinor, reason: override.reason, by: actor, at: new Date().toISOString() }
      : null;
    const changes = {
      status: 'cancelled',
      cancelledAt: new Date(),
      cancellationFeeMinor: feeMinor,
      ...(record && { overrides: [...booking.overrides, record] }),
    };
    await this.reservations.releaseUnitNights(work, id);
    await this.repository.update(work, id, changes);
    if (feeMinor > 0) {
      await this.reservations.addFolioLines(work, id, [{ kind: 'cancellation-fee', code: 'cancellation', quantity: 1, unitMinor: feeMinor, amountMinor: feeMinor }]);
    }
    await this.audit.record(work, {
      propertyId: property.id,
      actor,
      action: 'reservation.cancelled',
      subjectType: 'reservation',
      subjectId: id,
      before: { status: booking.status, totalMinor: booking.totalMinor },
      after: { status: 'cancelled', feeMinor, policyFeeMinor, ...(record && { override: record }) },
    });
    const cancelled = { ...booking, ...changes };
    await this.notifications.cancellationMail(work, property, cancelled);
    return cancelled;
  }
}
