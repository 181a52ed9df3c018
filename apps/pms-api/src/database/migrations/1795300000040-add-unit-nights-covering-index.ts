import type { QueryRunner } from 'typeorm';
import { indexExists } from '../migration-guards';
import type { PhasedMigration } from '../migration-phase';

/**
 * Availability search reads only (property_id, night, unit_id, hold_expires_at): with all
 * four in one index it never touches the table rows. Built online: expand.
 */
export class AddUnitNightsCoveringIndex1795300000040 implements PhasedMigration {
  readonly name = 'AddUnitNightsCoveringIndex1795300000040';
  readonly phase = 'expand';

  async up(queryRunner: QueryRunner): Promise<void> {
    if (!(await indexExists(queryRunner, 'unit_nights', 'ix_unit_nights_search'))) {
      await queryRunner.query(
        'ALTER TABLE unit_nights ADD INDEX ix_unit_nights_search (property_id, night, unit_id, hold_expires_at), ALGORITHM=INPLACE, LOCK=NONE',
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE unit_nights DROP INDEX ix_unit_nights_search');
  }
}
