import { cancellationTerms, nights, parseDateRange } from '@pitchdesk/domain';
import type { CalendarDate, CancellationPolicy } from '@pitchdesk/domain';
import type { RecordedOverride, ReservationDetail, ReservationListItem, ReservationStatusName, StaffRef } from '@pitchdesk/contracts';
import type { RecordedAuditEvent } from '../audit/audit.repository';
import type { GuestDetails } from '../reservations/reservation.entity';
import type { DeskReservation, StoredOverride } from './desk-reservation';
import type { ListRow, StoredNote } from './reservation-desk.repository';
import { reservationEtag } from './reservation-etag';

/** Everything a detail view shows besides the reservation row itself. */
export interface DetailParts {
  readonly notes: readonly StoredNote[];
  readonly audit: readonly RecordedAuditEvent[];
  readonly names: ReadonlyMap<string, string>;
  /** The booked rate card's policy, for what cancelling today would cost; null when not cancellable. */
  readonly policy: CancellationPolicy | null;
  readonly today: CalendarDate;
}

/** Every staff id the view names: resolve them in one query before building it. */
export function actorsOf(reservation: DeskReservation, notes: readonly StoredNote[], audit: readonly RecordedAuditEvent[]): string[] {
  return [
    ...(reservation.createdBy ? [reservation.createdBy] : []),
    ...reservation.overrides.map((override) => override.by),
    ...notes.map((note) => note.author),
    ...audit.map((event) => event.actor),
  ];
}

/**
 * Expired holds never reach the desk; a status the desk does not know yet (a later
 * release's) is shown as confirmed rather than failing the page.
 */
function listedStatus(status: string): ReservationStatusName {
  const known: readonly string[] = ['held', 'confirmed', 'checked-in', 'checked-out', 'cancelled'];
  return (known.includes(status) ? status : 'confirmed') as ReservationStatusName;
}

/** A desk booking without an e-mail is stored with an empty one (the booking engine's shape); shown as none. */
const orNull = (value: string | undefined): string | null => (value ? value : null);

function guestView(guest: GuestDetails | null): ReservationDetail['guest'] {
  return guest
    ? { firstName: guest.firstName, lastName: guest.lastName, email: orNull(guest.email), phone: orNull(guest.phone), country: guest.country }
    : null;
}

export function toListItem(row: ListRow): ReservationListItem {
  return {
    id: row.id,
    reference: row.reference,
    status: listedStatus(row.status),
    channel: row.channel,
    arrival: row.arrival,
    departure: row.departure,
    unitId: row.unitId,
    unitCode: row.unitCode,
    unitTypeId: row.unitTypeId,
    unitTypeCode: row.unitTypeCode,
    guestName: row.guest ? `${row.guest.firstName} ${row.guest.lastName}` : null,
    guestEmail: orNull(row.guest?.email),
    guestPhone: orNull(row.guest?.phone),
    partySize: row.party.adults + row.party.childrenAges.length,
    totalMinor: row.totalMinor,
    currency: row.currency,
  };
}

export function toDetail(reservation: DeskReservation, parts: DetailParts): ReservationDetail {
  const ref = (id: string): StaffRef => ({ id, name: parts.names.get(id) ?? null });
  const override = (stored: StoredOverride): RecordedOverride => ({ ...stored, by: ref(stored.by) });
  const terms = parts.policy ? cancellationTerms(parts.policy, reservation.totalMinor, reservation.arrival as CalendarDate, parts.today) : null;
  return {
    id: reservation.id,
    propertyId: reservation.propertyId,
    reference: reservation.reference,
    status: listedStatus(reservation.status),
    channel: reservation.channel,
    etag: reservationEtag(reservation),
    version: reservation.version,
    unit: { id: reservation.unitId, code: reservation.unitCode },
    unitType: { id: reservation.unitTypeId, code: reservation.unitTypeCode },
    arrival: reservation.arrival,
    departure: reservation.departure,
    nights: nights(parseDateRange(reservation)),
    party: reservation.party,
    extras: reservation.extras,
    guest: guestView(reservation.guest),
    locale: reservation.locale,
    quote: reservation.quote,
    totalMinor: reservation.totalMinor,
    currency: reservation.currency,
    rateCardVersion: reservation.rateCardVersion,
    cancellationTerms: terms ? { freeUntil: terms.freeUntil, feeNowMinor: terms.feeMinor } : null,
    cancelledAt: reservation.cancelledAt?.toISOString() ?? null,
    cancellationFeeMinor: reservation.cancellationFeeMinor,
    createdAt: reservation.createdAt.toISOString(),
    createdBy: reservation.createdBy ? ref(reservation.createdBy) : null,
    overrides: reservation.overrides.map(override),
    notes: parts.notes.map((note) => ({ id: note.id, text: note.text, author: ref(note.author), createdAt: note.createdAt.toISOString() })),
    audit: parts.audit.map((event) => ({
      id: event.id,
      action: event.action,
      actor: ref(event.actor),
      at: event.occurredAt.toISOString(),
      before: event.before,
      after: event.after,
    })),
  };
}
