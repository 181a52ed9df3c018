import type { ReservationEntity } from './reservation.entity';
import { json } from '../common/json-column';

/** A `reservations` row as mysql2 returns it (JSON columns parsed, DATE as text). */
export interface ReservationRow {
  id: string;
  property_id: string;
  reference: string;
  status: ReservationEntity['status'];
  unit_id: string;
  unit_type_id: string;
  arrival: string;
  departure: string;
  party: ReservationEntity['party'] | string;
  extras: ReservationEntity['extras'] | string;
  quote: ReservationEntity['quote'] | string;
  rate_card_version: number;
  total_minor: number | string;
  currency: string;
  guest: ReservationEntity['guest'] | string;
  locale: string;
  hold_expires_at: Date | null;
  idempotency_key: string | null;
  request_fingerprint: string | null;
  cancellation_fee_minor: number | string | null;
  created_at: Date;
  confirmed_at: Date | null;
  cancelled_at: Date | null;
  expiry_announced_at: Date | null;
}


export function toReservation(row: ReservationRow): ReservationEntity {
  return {
    id: row.id,
    propertyId: row.property_id,
    reference: row.reference,
    status: row.status,
    unitId: row.unit_id,
    unitTypeId: row.unit_type_id,
    arrival: row.arrival,
    departure: row.departure,
    party: json(row.party),
    extras: json(row.extras),
    quote: json(row.quote),
    rateCardVersion: Number(row.rate_card_version),
    totalMinor: Number(row.total_minor),
    currency: row.currency,
    guest: row.guest === null ? null : json(row.guest),
    locale: row.locale,
    holdExpiresAt: row.hold_expires_at,
    idempotencyKey: row.idempotency_key,
    requestFingerprint: row.request_fingerprint,
    cancellationFeeMinor: row.cancellation_fee_minor === null ? null : Number(row.cancellation_fee_minor),
    createdAt: row.created_at,
    confirmedAt: row.confirmed_at,
    cancelledAt: row.cancelled_at,
    expiryAnnouncedAt: row.expiry_announced_at,
  };
}
