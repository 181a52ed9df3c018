import type { QueryRunner } from 'typeorm';
import type { PhasedMigration } from '../migration-phase';

/** Lets a sweep find lapsed holds cheaply and announce each once. Additive: expand. */
export class AddReservationExpirySweep1795300000030 implements PhasedMigration {
  readonly name = 'AddReservationExpirySweep1795300000030';
  readonly phase = 'expand';

  async up(queryRunner: QueryRunner): Promise<void> {
    const [column] = (await queryRunner.query(
      `SELECT 1 FROM information_schema.COLUMNS
        WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'reservations' AND COLUMN_NAME = 'expiry_announced_at'`,
    )) as unknown[];
    if (!column) {
      await queryRunner.query('ALTER TABLE reservations ADD COLUMN expiry_announced_at DATETIME(6) NULL, ALGORITHM=INSTANT');
    }
    const [index] = (await queryRunner.query(
      `SELECT 1 FROM information_schema.STATISTICS
        WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'reservations' AND INDEX_NAME = 'ix_reservations_status_expiry'`,
    )) as unknown[];
    if (!index) {
      await queryRunner.query(
        'ALTER TABLE reservations ADD INDEX ix_reservations_status_expiry (status, hold_expires_at), ALGORITHM=INPLACE, LOCK=NONE',
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE reservations DROP INDEX ix_reservations_status_expiry');
    await queryRunner.query('ALTER TABLE reservations DROP COLUMN expiry_announced_at');
  }
}
