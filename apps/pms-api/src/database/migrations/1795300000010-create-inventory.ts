import type { QueryRunner } from 'typeorm';
import type { PhasedMigration } from '../migration-phase';

export class CreateInventory1795300000010 implements PhasedMigration {
  readonly name = 'CreateInventory1795300000010';
  readonly phase = 'expand';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE IF NOT EXISTS unit_types (
         id CHAR(36) NOT NULL PRIMARY KEY,
         property_id CHAR(36) NOT NULL,
         code VARCHAR(64) NOT NULL,
         kind VARCHAR(32) NOT NULL,
         name JSON NOT NULL,
         description JSON NOT NULL,
         max_guests SMALLINT UNSIGNED NOT NULL,
         sort_order SMALLINT NOT NULL DEFAULT 0,
         UNIQUE KEY uq_unit_types_property_code (property_id, code)
       ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`,
    );
    await queryRunner.query(
      `CREATE TABLE IF NOT EXISTS units (
         id CHAR(36) NOT NULL PRIMARY KEY,
         property_id CHAR(36) NOT NULL,
         unit_type_id CHAR(36) NOT NULL,
         code VARCHAR(32) NOT NULL,
         attributes JSON NOT NULL,
         map JSON NOT NULL,
         UNIQUE KEY uq_units_property_code (property_id, code),
         KEY ix_units_type (unit_type_id)
       ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`,
    );
    // Versioned, append-only: quotes and bookings name the version that priced them.
    await queryRunner.query(
      `CREATE TABLE IF NOT EXISTS rate_cards (
         property_id CHAR(36) NOT NULL,
         version INT UNSIGNED NOT NULL,
         body JSON NOT NULL,
         created_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
         PRIMARY KEY (property_id, version)
       ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE IF EXISTS rate_cards');
    await queryRunner.query('DROP TABLE IF EXISTS units');
    await queryRunner.query('DROP TABLE IF EXISTS unit_types');
  }
}
