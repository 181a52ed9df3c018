import type { QueryRunner } from 'typeorm';
import type { PhasedMigration } from '../migration-phase';

/** Units out of order for maintenance, from the planning board. New table: expand. */
export class CreateUnitClosures1795300000510 implements PhasedMigration {
  readonly name = 'CreateUnitClosures1795300000510';
  readonly phase = 'expand';

  async up(queryRunner: QueryRunner): Promise<void> {
    // - [starts_on, ends_on): the nights out of order, half-open like a stay; the nights
    //   themselves are unit_nights rows (claim_kind 'closure'), which is what blocks sales.
    // - reopened_at: a reopened closure is kept, not deleted, for the maintenance history;
    //   its nights are released when it is reopened.
    // - created_by/reopened_by: the staff member (or 'system'), as the audit trail names them.
    await queryRunner.query(
      `CREATE TABLE IF NOT EXISTS unit_closures (
         id CHAR(36) NOT NULL PRIMARY KEY,
         property_id CHAR(36) NOT NULL,
         unit_id CHAR(36) NOT NULL,
         starts_on DATE NOT NULL,
         ends_on DATE NOT NULL,
         reason VARCHAR(500) NOT NULL,
         created_by VARCHAR(64) NOT NULL,
         created_at DATETIME(6) NOT NULL,
         reopened_by VARCHAR(64) NULL,
         reopened_at DATETIME(6) NULL,
         KEY ix_unit_closures_unit (unit_id, starts_on),
         KEY ix_unit_closures_property (property_id, ends_on)
       ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE IF EXISTS unit_closures');
  }
}
