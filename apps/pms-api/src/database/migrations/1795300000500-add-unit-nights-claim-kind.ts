import type { QueryRunner } from 'typeorm';
import { columnExists } from '../migration-guards';
import type { PhasedMigration } from '../migration-phase';

/**
 * What took a unit-night: a reservation (hold or booking) or a closure (out of order).
 * Closures share the unit_nights primary key with bookings, so neither can take a night
 * the other holds; `reservation_id` then names the closure. The default keeps every
 * existing row, and release N-1's inserts (which do not name the column), a reservation's.
 * Appended with a constant default: instant on MySQL 8.0.12+ and MariaDB 10.3+. Expand.
 */
export class AddUnitNightsClaimKind1795300000500 implements PhasedMigration {
  readonly name = 'AddUnitNightsClaimKind1795300000500';
  readonly phase = 'expand';

  async up(queryRunner: QueryRunner): Promise<void> {
    if (!(await columnExists(queryRunner, 'unit_nights', 'claim_kind'))) {
      await queryRunner.query(
        "ALTER TABLE unit_nights ADD COLUMN claim_kind VARCHAR(16) NOT NULL DEFAULT 'reservation', ALGORITHM=INSTANT",
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE unit_nights DROP COLUMN claim_kind');
  }
}
