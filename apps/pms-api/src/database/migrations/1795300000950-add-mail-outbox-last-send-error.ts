import type { QueryRunner } from 'typeorm';
import { columnExists } from '../migration-guards';
import type { PhasedMigration } from '../migration-phase';

/**
 * The worked example of a column moved the two-step way (docs/zero-downtime-example.md):
 * `last_error VARCHAR(1000)` cut SES errors short, and widening it in place is a type
 * change MySQL only does by copying the table. So the full text goes to a new column:
 * this release writes both and reads the new one first, a backfill job copies the rest,
 * the next release stops using `last_error`, and the release after that drops it.
 * Nullable, appended: instant, and release N-1's inserts (which do not name it) still work.
 */
export class AddMailOutboxLastSendError1795300000950 implements PhasedMigration {
  readonly name = 'AddMailOutboxLastSendError1795300000950';
  readonly phase = 'expand';

  async up(queryRunner: QueryRunner): Promise<void> {
    if (!(await columnExists(queryRunner, 'mail_outbox', 'last_send_error'))) {
      await queryRunner.query('ALTER TABLE mail_outbox ADD COLUMN last_send_error TEXT NULL, ALGORITHM=INSTANT');
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    if (await columnExists(queryRunner, 'mail_outbox', 'last_send_error')) {
      await queryRunner.query('ALTER TABLE mail_outbox DROP COLUMN last_send_error');
    }
  }
}
