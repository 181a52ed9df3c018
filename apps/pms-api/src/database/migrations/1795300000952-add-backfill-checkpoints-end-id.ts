import type { QueryRunner } from 'typeorm';
import { columnExists } from '../migration-guards';
import type { PhasedMigration } from '../migration-phase';

/**
 * Where a backfill ends: the table's last key when it began. Rows added later were
 * written by code that already writes the new shape; without an end, a backfill of a
 * busy table would chase its newest rows for as long as bookings keep coming. NULL on a
 * checkpoint made before this column: its next run sets it. Nullable, appended: instant.
 */
export class AddBackfillCheckpointsEndId1795300000952 implements PhasedMigration {
  readonly name = 'AddBackfillCheckpointsEndId1795300000952';
  readonly phase = 'expand';

  async up(queryRunner: QueryRunner): Promise<void> {
    if (!(await columnExists(queryRunner, 'backfill_checkpoints', 'end_id'))) {
      await queryRunner.query('ALTER TABLE backfill_checkpoints ADD COLUMN end_id BIGINT UNSIGNED NULL, ALGORITHM=INSTANT');
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    if (await columnExists(queryRunner, 'backfill_checkpoints', 'end_id')) {
      await queryRunner.query('ALTER TABLE backfill_checkpoints DROP COLUMN end_id');
    }
  }
}
