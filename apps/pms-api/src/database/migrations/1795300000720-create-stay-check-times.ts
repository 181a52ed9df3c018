import type { QueryRunner } from 'typeorm';
import type { PhasedMigration } from '../migration-phase';

/**
 * When and by whom a stay was checked in and out at the desk, and why a check-out left a
 * balance open. A table of its own rather than columns on reservations: that table has
 * indexed virtual columns, which make adding a column a table rebuild on MariaDB. New
 * table: expand.
 */
export class CreateStayCheckTimes1795300000720 implements PhasedMigration {
  readonly name = 'CreateStayCheckTimes1795300000720';
  readonly phase = 'expand';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE IF NOT EXISTS stay_check_times (
         reservation_id CHAR(36) NOT NULL PRIMARY KEY,
         checked_in_at DATETIME(6) NULL,
         checked_in_by VARCHAR(64) NULL,
         checked_out_at DATETIME(6) NULL,
         checked_out_by VARCHAR(64) NULL,
         open_balance_reason VARCHAR(500) NULL
       ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE IF EXISTS stay_check_times');
  }
}
