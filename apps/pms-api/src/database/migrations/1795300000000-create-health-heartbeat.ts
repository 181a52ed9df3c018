import type { QueryRunner } from 'typeorm';
import type { PhasedMigration } from '../migration-phase';

export class CreateHealthHeartbeat1795300000000 implements PhasedMigration {
  readonly name = 'CreateHealthHeartbeat1795300000000';
  readonly phase = 'expand';

  async up(queryRunner: QueryRunner): Promise<void> {
    // One row per writer; its replicated copy tells how far behind a replica is.
    await queryRunner.query(
      `CREATE TABLE IF NOT EXISTS health_heartbeat (
         id TINYINT UNSIGNED NOT NULL PRIMARY KEY,
         token CHAR(36) NOT NULL,
         beat_at DATETIME(6) NOT NULL
       ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE IF EXISTS health_heartbeat');
  }
}
