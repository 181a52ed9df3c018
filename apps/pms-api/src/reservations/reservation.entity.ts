import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { ExtraChoice, Party, Quote } from '@pitchdesk/domain';

/**
 * `expired`: a hold whose time ran out, swept and announced as released.
 * `checked-in` / `checked-out`: set by the front desk (apps/pms-api/src/front-desk).
 */
export type ReservationStatus = 'held' | 'expired' | 'confirmed' | 'cancelled' | 'checked-in' | 'checked-out';

export interface GuestDetails {
  firstName: string;
  lastName: string;
  email: string;
  phone?: string;
  country: string;
}

@Entity({ name: 'reservations' })
export class ReservationEntity {
  @PrimaryColumn({ type: 'char', length: 36 })
  id!: string;

  @Column({ name: 'property_id', type: 'char', length: 36 })
  propertyId!: string;

  @Column({ type: 'char', length: 8 })
  reference!: string;

  @Column({ type: 'varchar', length: 16 })
  status!: ReservationStatus;

  @Column({ name: 'unit_id', type: 'char', length: 36 })
  unitId!: string;

  @Column({ name: 'unit_type_id', type: 'char', length: 36 })
  unitTypeId!: string;

  @Column({ type: 'date' })
  arrival!: string;

  @Column({ type: 'date' })
  departure!: string;

  @Column({ type: 'json' })
  party!: Party;

  @Column({ type: 'json' })
  extras!: ExtraChoice[];

  @Column({ type: 'json' })
  quote!: Quote;

  @Column({ name: 'rate_card_version', type: 'int', unsigned: true })
  rateCardVersion!: number;

  @Column({ name: 'total_minor', type: 'bigint', transformer: { to: (value: number) => value, from: Number } })
  totalMinor!: number;

  @Column({ type: 'char', length: 3 })
  currency!: string;

  @Column({ type: 'json', nullable: true })
  guest!: GuestDetails | null;

  @Column({ type: 'char', length: 2 })
  locale!: string;

  @Column({ name: 'hold_expires_at', type: 'datetime', precision: 6, nullable: true })
  holdExpiresAt!: Date | null;

  @Column({ name: 'idempotency_key', type: 'varchar', length: 128, nullable: true })
  idempotencyKey!: string | null;

  @Column({ name: 'request_fingerprint', type: 'char', length: 64, nullable: true })
  requestFingerprint!: string | null;

  @Column({
    name: 'cancellation_fee_minor',
    type: 'bigint',
    nullable: true,
    transformer: { to: (value: number | null) => value, from: (value: string | null) => (value === null ? null : Number(value)) },
  })
  cancellationFeeMinor!: number | null;

  @Column({ name: 'created_at', type: 'datetime', precision: 6, insert: false, update: false })
  createdAt!: Date;

  @Column({ name: 'confirmed_at', type: 'datetime', precision: 6, nullable: true })
  confirmedAt!: Date | null;

  @Column({ name: 'cancelled_at', type: 'datetime', precision: 6, nullable: true })
  cancelledAt!: Date | null;

  @Column({ name: 'expiry_announced_at', type: 'datetime', precision: 6, nullable: true })
  expiryAnnouncedAt!: Date | null;
}
