import type { QueryRunner } from 'typeorm';
import type { PhasedMigration } from '../migration-phase';

/**
 * Guest registration for the police report (Alloggiati Web), one row per stay and one per
 * guest. New tables: expand.
 *
 * Personal data, kept with care:
 * - only what the report needs: names, sex, birth date and place, citizenship, and the
 *   head's document (type, number, place of issue); no scans, no residence;
 * - every field is nullable: a draft saved at the desk may be incomplete, check-in is not;
 * - the audit trail records who saved how many guests, never the values; realtime events
 *   carry ids only; the read-only role cannot read it;
 * - retention: needed until the report is sent (24 h after arrival) and for corrections
 *   during the stay. A purge job (not built yet) is to erase these rows a set time after
 *   departure (proposed: 30 days; the data controller decides), keeping only the report's
 *   receipt. Erasing a guest is then a DELETE of their rows here.
 */
export class CreateGuestRegistrations1795300000700 implements PhasedMigration {
  readonly name = 'CreateGuestRegistrations1795300000700';
  readonly phase = 'expand';

  async up(queryRunner: QueryRunner): Promise<void> {
    // group_kind: 'family' (police tipo 17/19) or 'group' (18/20); NULL for a guest alone.
    await queryRunner.query(
      `CREATE TABLE IF NOT EXISTS guest_registrations (
         reservation_id CHAR(36) NOT NULL PRIMARY KEY,
         property_id CHAR(36) NOT NULL,
         group_kind VARCHAR(8) NULL,
         updated_by VARCHAR(64) NOT NULL,
         updated_at DATETIME(6) NOT NULL,
         KEY ix_guest_registrations_property (property_id, updated_at)
       ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`,
    );
    // position 0 is the head of the family or group. Places: ISO country codes, and for
    // Italy the comune's name and province; the report's 9-digit codes are an export's job.
    await queryRunner.query(
      `CREATE TABLE IF NOT EXISTS registration_guests (
         reservation_id CHAR(36) NOT NULL,
         position SMALLINT UNSIGNED NOT NULL,
         surname VARCHAR(50) NULL,
         given_name VARCHAR(30) NULL,
         sex CHAR(1) NULL,
         birth_date DATE NULL,
         birth_country CHAR(2) NULL,
         birth_comune VARCHAR(100) NULL,
         birth_province CHAR(2) NULL,
         citizenship CHAR(2) NULL,
         document_type VARCHAR(5) NULL,
         document_number VARCHAR(20) NULL,
         document_issue_country CHAR(2) NULL,
         document_issue_comune VARCHAR(100) NULL,
         PRIMARY KEY (reservation_id, position)
       ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE IF EXISTS registration_guests');
    await queryRunner.query('DROP TABLE IF EXISTS guest_registrations');
  }
}
