import type { QueryRunner } from 'typeorm';
import { columnExists } from '../migration-guards';
import type { PhasedMigration } from '../migration-phase';

/**
 * Lines added at the desk (kinds desk-extra, desk-adjustment) say who added them and, for
 * an adjustment, why. Nullable columns appended, instant; quoted lines leave them NULL, and
 * release N-1's inserts do not name them. Expand.
 */
export class AddFolioLineDeskDetails1795300000730 implements PhasedMigration {
  readonly name = 'AddFolioLineDeskDetails1795300000730';
  readonly phase = 'expand';

  async up(queryRunner: QueryRunner): Promise<void> {
    if (!(await columnExists(queryRunner, 'folio_lines', 'description'))) {
      await queryRunner.query('ALTER TABLE folio_lines ADD COLUMN description VARCHAR(200) NULL, ALGORITHM=INSTANT');
    }
    if (!(await columnExists(queryRunner, 'folio_lines', 'created_by'))) {
      await queryRunner.query('ALTER TABLE folio_lines ADD COLUMN created_by VARCHAR(64) NULL, ALGORITHM=INSTANT');
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE folio_lines DROP COLUMN created_by');
    await queryRunner.query('ALTER TABLE folio_lines DROP COLUMN description');
  }
}
