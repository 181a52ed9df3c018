import { Column, Entity, PrimaryColumn } from 'typeorm';

const bigintAsNumber = { to: (value: number) => value, from: Number };

/** Money taken at the desk (or refunded: negative, with a reason). Append-only. */
@Entity({ name: 'folio_payments' })
export class FolioPaymentEntity {
  @PrimaryColumn({ type: 'char', length: 36 })
  id!: string;

  @Column({ name: 'reservation_id', type: 'char', length: 36 })
  reservationId!: string;

  @Column({ type: 'varchar', length: 16 })
  method!: string;

  @Column({ name: 'amount_minor', type: 'bigint', transformer: bigintAsNumber })
  amountMinor!: number;

  @Column({ type: 'char', length: 3 })
  currency!: string;

  @Column({ type: 'varchar', length: 100, nullable: true })
  reference!: string | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  reason!: string | null;

  @Column({ name: 'recorded_by', type: 'varchar', length: 64 })
  recordedBy!: string;

  @Column({ name: 'recorded_at', type: 'datetime', precision: 6 })
  recordedAt!: Date;
}

/** A folio write's Idempotency-Key and what it produced: a retry finds it instead of writing again. */
@Entity({ name: 'folio_idempotency_keys' })
export class FolioIdempotencyKeyEntity {
  @PrimaryColumn({ name: 'reservation_id', type: 'char', length: 36 })
  reservationId!: string;

  @PrimaryColumn({ name: 'idempotency_key', type: 'varchar', length: 128 })
  idempotencyKey!: string;

  @Column({ name: 'request_fingerprint', type: 'char', length: 64 })
  requestFingerprint!: string;

  @Column({ name: 'outcome_kind', type: 'varchar', length: 16 })
  outcomeKind!: string;

  @Column({ name: 'outcome_id', type: 'varchar', length: 36 })
  outcomeId!: string;

  @Column({ name: 'created_at', type: 'datetime', precision: 6 })
  createdAt!: Date;
}
