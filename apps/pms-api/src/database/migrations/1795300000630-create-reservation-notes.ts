import type { QueryRunner } from 'typeorm';
import type { PhasedMigration } from '../migration-phase';

/** Staff notes on a reservation ("arrives late", "needs a shady pitch"). New table: expand. */
export class CreateReservationNotes1795300000630 implements PhasedMigration {
  readonly name = 'CreateReservationNotes1795300000630';
  readonly phase = 'expand';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Append-only. author: the staff member's id, as the audit trail names actors.
    await queryRunner.query(
      `CREATE TABLE IF NOT EXISTS reservation_notes (
         id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
         reservation_id CHAR(36) NOT NULL,
         property_id CHAR(36) NOT NULL,
         author VARCHAR(64) NOT NULL,
         body VARCHAR(2000) NOT NULL,
         created_at DATETIME(6) NOT NULL,
         KEY ix_reservation_notes_reservation (reservation_id, created_at)
       ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE IF EXISTS reservation_notes');
  }
}
