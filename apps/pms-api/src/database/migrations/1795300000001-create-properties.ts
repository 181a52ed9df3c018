import type { QueryRunner } from 'typeorm';
import type { PhasedMigration } from '../migration-phase';

export class CreateProperties1795300000001 implements PhasedMigration {
  readonly name = 'CreateProperties1795300000001';
  readonly phase = 'expand';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE IF NOT EXISTS properties (
         id CHAR(36) NOT NULL PRIMARY KEY,
         slug VARCHAR(64) NOT NULL,
         name VARCHAR(160) NOT NULL,
         time_zone VARCHAR(64) NOT NULL,
         currency CHAR(3) NOT NULL,
         created_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
         updated_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6),
         UNIQUE KEY uq_properties_slug (slug)
       ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE IF EXISTS properties');
  }
}
