import type { QueryRunner } from 'typeorm';
import type { PhasedMigration } from '../migration-phase';

/** Who changed what, and when: staff actions on bookings and units. New table: expand. */
export class CreateAuditEvents1795300000520 implements PhasedMigration {
  readonly name = 'CreateAuditEvents1795300000520';
  readonly phase = 'expand';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Append-only; written in the transaction of the change it describes, so a committed
    // change always has its event and a rolled-back one never does. Times are UTC.
    // - property_id: NULL for stack-wide events (staff accounts).
    // - actor: a staff user's id, or 'system' / 'unknown' where no person acted.
    // - before_state/after_state: the subject's relevant fields as JSON (BEFORE and AFTER
    //   are reserved words).
    await queryRunner.query(
      `CREATE TABLE IF NOT EXISTS audit_events (
         id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
         property_id CHAR(36) NULL,
         actor VARCHAR(64) NOT NULL,
         action VARCHAR(64) NOT NULL,
         subject_type VARCHAR(32) NOT NULL,
         subject_id VARCHAR(64) NOT NULL,
         before_state JSON NULL,
         after_state JSON NULL,
         occurred_at DATETIME(6) NOT NULL,
         KEY ix_audit_events_property_time (property_id, occurred_at),
         KEY ix_audit_events_subject (subject_type, subject_id, occurred_at)
       ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE IF EXISTS audit_events');
  }
}
