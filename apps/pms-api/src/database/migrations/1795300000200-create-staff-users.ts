import type { QueryRunner } from 'typeorm';
import type { PhasedMigration } from '../migration-phase';

/** Staff who sign in to the PMS console. New table: expand. */
export class CreateStaffUsers1795300000200 implements PhasedMigration {
  readonly name = 'CreateStaffUsers1795300000200';
  readonly phase = 'expand';

  async up(queryRunner: QueryRunner): Promise<void> {
    // - role: one per user for the whole stack (one tenant, usually one property); a
    //   per-property grant would be its own table, added when a tenant needs it.
    // - email: stored trimmed and lowercased; unique so sign-in finds one user.
    // - password_hash: a PHC string ($argon2id$v=19$m=...,t=...,p=...$salt$hash), so the
    //   parameters can be raised later and old hashes still verify.
    // - session_generation: bumped by "revoke all sessions"; a session carries the value
    //   it was created with and dies when they differ, on every instance at once.
    await queryRunner.query(
      `CREATE TABLE IF NOT EXISTS staff_users (
         id CHAR(36) NOT NULL PRIMARY KEY,
         email VARCHAR(254) NOT NULL,
         name VARCHAR(160) NOT NULL,
         role ENUM('admin', 'reception', 'read-only') NOT NULL,
         password_hash VARCHAR(255) NOT NULL,
         session_generation INT UNSIGNED NOT NULL DEFAULT 0,
         created_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
         updated_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6),
         UNIQUE KEY uq_staff_users_email (email)
       ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE IF EXISTS staff_users');
  }
}
