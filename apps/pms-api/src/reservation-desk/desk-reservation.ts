import type { DeskGuest, RecordedOverride, ReservationChannel } from '@pitchdesk/contracts';
import type { GuestDetails, ReservationEntity } from '../reservations/reservation.entity';

/** An override as stored in reservations.overrides: the actor's id, the time as ISO text. */
export type StoredOverride = DistributiveOmit<RecordedOverride, 'by'> & { readonly by: string };
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** A reservation with what the desk records on it (columns the booking engine leaves at their defaults). */
export interface DeskReservation extends Omit<ReservationEntity, 'status'> {
  /** Wider than the booking engine's statuses: check-in and check-out add theirs. */
  readonly status: string;
  readonly channel: ReservationChannel;
  readonly overrides: readonly StoredOverride[];
  readonly version: number;
  readonly createdBy: string | null;
  readonly unitCode: string;
  readonly unitTypeCode: string;
}

/** Statuses whose stay may still change from the desk. */
export const EDITABLE_STATUSES: readonly string[] = ['confirmed', 'checked-in'];

/** The booking engine's guest shape: an e-mail the guest did not give is stored empty, a phone left out. */
export function storedGuest(guest: DeskGuest): GuestDetails {
  const { email, phone, ...names } = guest;
  return { ...names, email: email ?? '', ...(phone !== undefined && { phone }) };
}
