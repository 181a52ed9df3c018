import type { QueryRunner } from 'typeorm';
import { columnExists, indexExists } from '../migration-guards';
import type { PhasedMigration } from '../migration-phase';

/** Lets a sweep find lapsed holds cheaply and announce each once. Additive: expand. */
export class AddReservationExpirySweep1795300000030 implements PhasedMigration {
  readonly name = 'AddReservationExpirySweep1795300000030';
  readonly phase = 'expand';

  async up(queryRunner: QueryRunner): Promise<void> {
    if (!(await columnExists(queryRunner, 'reservations', 'expiry_announced_at'))) {
      await queryRunner.query('ALTER TABLE reservations ADD COLUMN expiry_announced_at DATETIME(6) NULL, ALGORITHM=INSTANT');
    }
    if (!(await indexExists(queryRunner, 'reservations', 'ix_reservations_status_expiry'))) {
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
