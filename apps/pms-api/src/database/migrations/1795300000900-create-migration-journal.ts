import type { QueryRunner } from 'typeorm';
import type { PhasedMigration } from '../migration-phase';

/**
 * The migration runner's own bookkeeping (docs/migrations.md). The runner also runs this
 * up() first on every run, before taking any step, because it needs these tables to
 * journal anything; here it is reviewed and linted like every other schema change.
 * New tables: expand.
 */
export class CreateMigrationJournal1795300000900 implements PhasedMigration {
  readonly name = 'CreateMigrationJournal1795300000900';
  readonly phase = 'expand';

  async up(queryRunner: QueryRunner): Promise<void> {
    // TypeORM's own list of applied migrations, in TypeORM's shape: kept so that TypeORM
    // tooling and release N-1's runner read the same "applied" set as this one.
    await queryRunner.query(
      `CREATE TABLE IF NOT EXISTS schema_migrations (
         id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
         \`timestamp\` BIGINT NOT NULL,
         name VARCHAR(255) NOT NULL
       ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`,
    );
    // What each applied migration's statements hashed to when it ran: a later edit of an
    // applied migration is refused (DRIFT) instead of silently never reaching production.
    // origin 'adopted': applied before checksums existed, hashed on first sight.
    await queryRunner.query(
      `CREATE TABLE IF NOT EXISTS schema_migration_checksums (
         migration VARCHAR(255) NOT NULL PRIMARY KEY,
         phase VARCHAR(16) NOT NULL,
         checksum CHAR(64) NOT NULL,
         release_name VARCHAR(128) NOT NULL,
         origin VARCHAR(16) NOT NULL,
         recorded_at DATETIME(6) NOT NULL
       ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`,
    );
    // Append-only journal, one row per step and run: MySQL DDL is not transactional, so
    // this (with information_schema postconditions) is how a rerun after a crash knows
    // which steps of a half-applied migration already ran.
    // - status: running (a row left so: the run died during the step), done,
    //   already-applied (found applied on a rerun), failed, interrupted.
    // - lock_wait_ms: time spent in attempts that timed out waiting for a metadata lock.
    await queryRunner.query(
      `CREATE TABLE IF NOT EXISTS schema_migration_steps (
         id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
         run_id CHAR(36) NOT NULL,
         migration VARCHAR(255) NOT NULL,
         step_no SMALLINT UNSIGNED NOT NULL,
         statement_sha256 CHAR(64) NOT NULL,
         statement_sql TEXT NOT NULL,
         phase VARCHAR(16) NOT NULL,
         release_name VARCHAR(128) NOT NULL,
         ddl_algorithm VARCHAR(16) NULL,
         ddl_lock VARCHAR(16) NULL,
         status VARCHAR(16) NOT NULL,
         attempts SMALLINT UNSIGNED NOT NULL DEFAULT 0,
         lock_wait_ms INT UNSIGNED NOT NULL DEFAULT 0,
         duration_ms INT UNSIGNED NULL,
         executor VARCHAR(255) NOT NULL,
         error VARCHAR(1000) NULL,
         started_at DATETIME(6) NOT NULL,
         finished_at DATETIME(6) NULL,
         KEY ix_schema_migration_steps_step (migration, step_no)
       ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE IF EXISTS schema_migration_steps');
    await queryRunner.query('DROP TABLE IF EXISTS schema_migration_checksums');
  }
}
