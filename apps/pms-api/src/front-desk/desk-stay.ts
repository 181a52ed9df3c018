import type { Party } from '@pitchdesk/domain';
import type { ReservationStatus } from '../reservations/reservation.entity';

/** A reservation as the front desk works with it: the stay, who, where, and where it is in its life. */
export interface DeskStay {
  readonly id: string;
  readonly propertyId: string;
  readonly reference: string;
  readonly status: ReservationStatus;
  readonly unitId: string;
  readonly unitCode: string;
  /** Which extras the desk may add (an extra may be offered with some unit types only). */
  readonly unitTypeCode: string;
  readonly arrival: string;
  readonly departure: string;
  readonly party: Party;
  readonly currency: string;
  readonly guestName: string | null;
  readonly locale: string;
  readonly checkedInAt: Date | null;
  readonly checkedOutAt: Date | null;
}

/** Everyone who sleeps there, and so is registered for the police report: adults and children, infants included. */
export const partySizeOf = (party: Party): number => party.adults + party.childrenAges.length;
