import type { QueryRunner } from 'typeorm';
import type { PhasedMigration } from '../migration-phase';

export class CreateMailOutbox1795300000100 implements PhasedMigration {
  readonly name = 'CreateMailOutbox1795300000100';
  readonly phase = 'expand';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Transactional outbox: a mail is written in the same transaction as the booking and
    // sent later by a drainer. Times are UTC (written with UTC_TIMESTAMP(6)), so a server
    // time zone or DST change cannot make a row due early or late.
    // - message_key: unique, so the same mail (`booking-confirmed:<id>`) is enqueued once.
    // - (status, next_attempt_at): the drainer's claim query scans only due rows;
    //   a claimed row's next_attempt_at is its lease end, so a crashed claim falls due again.
    // - claim_token: fences a drainer's updates to the rows it claimed itself.
    await queryRunner.query(
      `CREATE TABLE IF NOT EXISTS mail_outbox (
         id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
         message_key VARCHAR(191) NOT NULL,
         recipient VARCHAR(320) NOT NULL,
         subject VARCHAR(500) NOT NULL,
         text_body MEDIUMTEXT NOT NULL,
         html_body MEDIUMTEXT NOT NULL,
         status ENUM('pending', 'sending', 'sent', 'failed') NOT NULL DEFAULT 'pending',
         attempts SMALLINT UNSIGNED NOT NULL DEFAULT 0,
         next_attempt_at DATETIME(6) NOT NULL,
         claimed_until DATETIME(6) NULL,
         claim_token CHAR(36) NULL,
         sent_at DATETIME(6) NULL,
         last_error VARCHAR(1000) NULL,
         provider_message_id VARCHAR(255) NULL,
         created_at DATETIME(6) NOT NULL,
         UNIQUE KEY uq_mail_outbox_message_key (message_key),
         KEY ix_mail_outbox_due (status, next_attempt_at)
       ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE IF EXISTS mail_outbox');
  }
}
