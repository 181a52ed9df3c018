import { cancellationTerms } from '@pitchdesk/domain';
import type { CancellationPolicy, CalendarDate } from '@pitchdesk/domain';
import type { BookingView } from '@pitchdesk/contracts';
import type { ReservationEntity } from './reservation.entity';

/** What the guest sees of their booking; never the internal ids of the hold machinery. */
export function toBookingView(
  reservation: ReservationEntity,
  unit: { code: string; unitTypeCode: string },
  policy: CancellationPolicy,
  today: CalendarDate,
): BookingView {
  const terms = cancellationTerms(policy, reservation.totalMinor, reservation.arrival as CalendarDate, today);
  const guest = reservation.guest ?? { firstName: '', lastName: '', email: '', country: '' };
  return {
    reference: reservation.reference,
    status: reservation.status === 'cancelled' ? 'cancelled' : 'confirmed',
    propertyId: reservation.propertyId,
    unitId: reservation.unitId,
    unitCode: unit.code,
    unitTypeCode: unit.unitTypeCode,
    arrival: reservation.arrival,
    departure: reservation.departure,
    guest: { firstName: guest.firstName, lastName: guest.lastName, email: guest.email, country: guest.country },
    locale: reservation.locale as BookingView['locale'],
    quote: reservation.quote,
    cancellation: { freeUntil: terms.freeUntil, feeIfCancelledNowMinor: terms.feeMinor },
    cancelledAt: reservation.cancelledAt ? reservation.cancelledAt.toISOString() : null,
    cancellationFeeMinor: reservation.cancellationFeeMinor,
  };
}
