import type { QueryRunner } from 'typeorm';
import type { PhasedMigration } from '../migration-phase';

/**
 * Availability search reads only (property_id, night, unit_id, hold_expires_at): with all
 * four in one index it never touches the table rows. Built online: expand.
 */
export class AddUnitNightsCoveringIndex1795300000040 implements PhasedMigration {
  readonly name = 'AddUnitNightsCoveringIndex1795300000040';
  readonly phase = 'expand';

  async up(queryRunner: QueryRunner): Promise<void> {
    const [index] = (await queryRunner.query(
      `SELECT 1 FROM information_schema.STATISTICS
        WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'unit_nights' AND INDEX_NAME = 'ix_unit_nights_search'`,
    )) as unknown[];
    if (!index) {
      await queryRunner.query(
        'ALTER TABLE unit_nights ADD INDEX ix_unit_nights_search (property_id, night, unit_id, hold_expires_at), ALGORITHM=INPLACE, LOCK=NONE',
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE unit_nights DROP INDEX ix_unit_nights_search');
  }
}
