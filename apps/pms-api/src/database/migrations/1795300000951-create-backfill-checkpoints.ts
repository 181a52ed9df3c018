import type { QueryRunner } from 'typeorm';
import type { PhasedMigration } from '../migration-phase';

/**
 * Where a backfill job (src/jobs/backfill/) records how far it got, so a killed run
 * resumes after its last committed batch instead of starting over. New table: expand.
 */
export class CreateBackfillCheckpoints1795300000951 implements PhasedMigration {
  readonly name = 'CreateBackfillCheckpoints1795300000951';
  readonly phase = 'expand';

  async up(queryRunner: QueryRunner): Promise<void> {
    // - name: the backfill's own name; one row each.
    // - last_id: every row with a key up to it has been through the batch update.
    // - finished_at: set once a pass found no key above last_id. Times are UTC.
    await queryRunner.query(
      `CREATE TABLE IF NOT EXISTS backfill_checkpoints (
         name VARCHAR(100) NOT NULL PRIMARY KEY,
         last_id BIGINT UNSIGNED NOT NULL DEFAULT 0,
         rows_updated BIGINT UNSIGNED NOT NULL DEFAULT 0,
         batches INT UNSIGNED NOT NULL DEFAULT 0,
         started_at DATETIME(6) NOT NULL,
         updated_at DATETIME(6) NOT NULL,
         finished_at DATETIME(6) NULL
       ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE IF EXISTS backfill_checkpoints');
  }
}
