import type { QueryRunner } from 'typeorm';
import { columnExists } from '../migration-guards';
import type { PhasedMigration } from '../migration-phase';

/**
 * What the reservation desk records on a reservation. Each column is appended with a
 * constant default or as nullable, so release N-1's inserts (which name none of them)
 * keep working and every existing row reads as an online booking at version 1. Instant
 * on MySQL 8.0.12+ and MariaDB 10.3+. Expand.
 * - channel: online (booking engine), phone or walk-in (staff).
 * - overrides: staff price, rule and cancellation-fee overrides with reason, actor, time.
 * - version: bumped by every desk change; part of the ETag an edit must send back.
 * - created_by: the staff member who took a phone or walk-in booking.
 */
export class AddReservationDeskColumns1795300000600 implements PhasedMigration {
  readonly name = 'AddReservationDeskColumns1795300000600';
  readonly phase = 'expand';

  async up(queryRunner: QueryRunner): Promise<void> {
    if (!(await columnExists(queryRunner, 'reservations', 'channel'))) {
      await queryRunner.query("ALTER TABLE reservations ADD COLUMN channel VARCHAR(16) NOT NULL DEFAULT 'online', ALGORITHM=INSTANT");
    }
    if (!(await columnExists(queryRunner, 'reservations', 'overrides'))) {
      await queryRunner.query('ALTER TABLE reservations ADD COLUMN overrides JSON NULL, ALGORITHM=INSTANT');
    }
    if (!(await columnExists(queryRunner, 'reservations', 'version'))) {
      await queryRunner.query('ALTER TABLE reservations ADD COLUMN version INT UNSIGNED NOT NULL DEFAULT 1, ALGORITHM=INSTANT');
    }
    if (!(await columnExists(queryRunner, 'reservations', 'created_by'))) {
      await queryRunner.query('ALTER TABLE reservations ADD COLUMN created_by VARCHAR(64) NULL, ALGORITHM=INSTANT');
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE reservations DROP COLUMN created_by');
    await queryRunner.query('ALTER TABLE reservations DROP COLUMN version');
    await queryRunner.query('ALTER TABLE reservations DROP COLUMN overrides');
    await queryRunner.query('ALTER TABLE reservations DROP COLUMN channel');
  }
}
