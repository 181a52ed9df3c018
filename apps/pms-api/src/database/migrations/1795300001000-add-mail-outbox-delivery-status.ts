import type { QueryRunner } from 'typeorm';
import { columnExists } from '../migration-guards';
import type { PhasedMigration } from '../migration-phase';

// Each column nullable and appended: instant, and release N-1 (which names none) is unaffected.
const COLUMNS = [
  ['delivery_status', "ENUM('delivered', 'bounced', 'complained', 'rejected') NULL"],
  ['delivery_detail', 'TEXT NULL'],
  ['delivery_event_at', 'DATETIME(6) NULL'],
] as const;

/**
 * What SES said became of a sent mail (its SNS events, POST /api/mail/ses-events), on the
 * mail's own row rather than in an events table: the question asked is "did this guest's
 * confirmation arrive?", one answer per mail, and SNS delivers each event at least once
 * and in any order, so an events table would need deduplicating and ordering to answer
 * it. The history stays in the logs.
 * - delivery_status: NULL until SES reports; a complaint is never overwritten.
 * - delivery_detail: the bounce type and diagnostic, the SMTP answer, the reject reason.
 * - delivery_event_at: when SES saw it (UTC); an older event never replaces a newer one.
 */
export class AddMailOutboxDeliveryStatus1795300001000 implements PhasedMigration {
  readonly name = 'AddMailOutboxDeliveryStatus1795300001000';
  readonly phase = 'expand';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const [column, definition] of COLUMNS) {
      if (!(await columnExists(queryRunner, 'mail_outbox', column))) {
        await queryRunner.query(`ALTER TABLE mail_outbox ADD COLUMN ${column} ${definition}, ALGORITHM=INSTANT`);
      }
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const [column] of [...COLUMNS].reverse()) {
      if (await columnExists(queryRunner, 'mail_outbox', column)) {
        await queryRunner.query(`ALTER TABLE mail_outbox DROP COLUMN ${column}`);
      }
    }
  }
}
