import type { QueryRunner } from 'typeorm';
import type { PhasedMigration } from '../migration-phase';

export class CreateReservations1795300000020 implements PhasedMigration {
  readonly name = 'CreateReservations1795300000020';
  readonly phase = 'expand';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE IF NOT EXISTS reservations (
         id CHAR(36) NOT NULL PRIMARY KEY,
         property_id CHAR(36) NOT NULL,
         reference CHAR(8) NOT NULL,
         status VARCHAR(16) NOT NULL,
         unit_id CHAR(36) NOT NULL,
         unit_type_id CHAR(36) NOT NULL,
         arrival DATE NOT NULL,
         departure DATE NOT NULL,
         party JSON NOT NULL,
         extras JSON NOT NULL,
         quote JSON NOT NULL,
         rate_card_version INT UNSIGNED NOT NULL,
         total_minor BIGINT NOT NULL,
         currency CHAR(3) NOT NULL,
         guest JSON NULL,
         locale CHAR(2) NOT NULL DEFAULT 'en',
         hold_expires_at DATETIME(6) NULL,
         idempotency_key VARCHAR(128) NULL,
         request_fingerprint CHAR(64) NULL,
         cancellation_fee_minor BIGINT NULL,
         created_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
         confirmed_at DATETIME(6) NULL,
         cancelled_at DATETIME(6) NULL,
         UNIQUE KEY uq_reservations_reference (reference),
         UNIQUE KEY uq_reservations_idempotency (property_id, idempotency_key),
         KEY ix_reservations_property_arrival (property_id, arrival)
       ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`,
    );
    // No overbooking by construction: a unit-night is one row under the primary key, so
    // two live holds/bookings for the same unit-night cannot both commit. A hold's rows
    // carry its expiry; a booking's rows have NULL there.
    await queryRunner.query(
      `CREATE TABLE IF NOT EXISTS unit_nights (
         unit_id CHAR(36) NOT NULL,
         night DATE NOT NULL,
         property_id CHAR(36) NOT NULL,
         reservation_id CHAR(36) NOT NULL,
         hold_expires_at DATETIME(6) NULL,
         PRIMARY KEY (unit_id, night),
         KEY ix_unit_nights_property_night (property_id, night),
         KEY ix_unit_nights_reservation (reservation_id)
       ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`,
    );
    await queryRunner.query(
      `CREATE TABLE IF NOT EXISTS folio_lines (
         id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
         reservation_id CHAR(36) NOT NULL,
         kind VARCHAR(32) NOT NULL,
         code VARCHAR(64) NOT NULL,
         quantity INT NOT NULL,
         unit_minor BIGINT NOT NULL,
         amount_minor BIGINT NOT NULL,
         created_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
         KEY ix_folio_lines_reservation (reservation_id)
       ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE IF EXISTS folio_lines');
    await queryRunner.query('DROP TABLE IF EXISTS unit_nights');
    await queryRunner.query('DROP TABLE IF EXISTS reservations');
  }
}
