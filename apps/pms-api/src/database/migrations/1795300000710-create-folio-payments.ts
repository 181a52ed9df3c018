import type { QueryRunner } from 'typeorm';
import type { PhasedMigration } from '../migration-phase';

/** Payments taken at the desk, and the idempotency keys of folio writes. New tables: expand. */
export class CreateFolioPayments1795300000710 implements PhasedMigration {
  readonly name = 'CreateFolioPayments1795300000710';
  readonly phase = 'expand';

  async up(queryRunner: QueryRunner): Promise<void> {
    // amount_minor: negative for a refund (then reason says why). Append-only: a wrong
    // payment is corrected by a refund, so the till and the folio always agree.
    await queryRunner.query(
      `CREATE TABLE IF NOT EXISTS folio_payments (
         id CHAR(36) NOT NULL PRIMARY KEY,
         reservation_id CHAR(36) NOT NULL,
         method VARCHAR(16) NOT NULL,
         amount_minor BIGINT NOT NULL,
         currency CHAR(3) NOT NULL,
         reference VARCHAR(100) NULL,
         reason VARCHAR(500) NULL,
         recorded_by VARCHAR(64) NOT NULL,
         recorded_at DATETIME(6) NOT NULL,
         KEY ix_folio_payments_reservation (reservation_id, recorded_at)
       ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`,
    );
    // One row per (reservation, Idempotency-Key) of a charge or payment: a double click or
    // a retry finds the first request's outcome instead of writing a second one.
    await queryRunner.query(
      `CREATE TABLE IF NOT EXISTS folio_idempotency_keys (
         reservation_id CHAR(36) NOT NULL,
         idempotency_key VARCHAR(128) NOT NULL,
         request_fingerprint CHAR(64) NOT NULL,
         outcome_kind VARCHAR(16) NOT NULL,
         outcome_id VARCHAR(36) NOT NULL,
         created_at DATETIME(6) NOT NULL,
         PRIMARY KEY (reservation_id, idempotency_key)
       ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE IF EXISTS folio_idempotency_keys');
    await queryRunner.query('DROP TABLE IF EXISTS folio_payments');
  }
}
