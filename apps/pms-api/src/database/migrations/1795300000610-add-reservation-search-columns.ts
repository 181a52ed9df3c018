import type { QueryRunner } from 'typeorm';
import { columnExists } from '../migration-guards';
import type { PhasedMigration } from '../migration-phase';

/**
 * The desk searches guests by surname, first name, e-mail and phone, which live in the
 * `guest` JSON. VIRTUAL generated columns expose them without a backfill or a table copy
 * (computed on read, instant to add), whoever writes the row, release N-1 included. Not
 * indexed: see 1795300000640. Case- and accent-insensitive through the collation; the
 * phone keeps its digits only, so "0461 123456" finds "+39 0461-123456". Expand.
 */
export class AddReservationSearchColumns1795300000610 implements PhasedMigration {
  readonly name = 'AddReservationSearchColumns1795300000610';
  readonly phase = 'expand';

  async up(queryRunner: QueryRunner): Promise<void> {
    const columns: [string, string][] = [
      ['guest_last_name', "VARCHAR(80) COLLATE utf8mb4_unicode_ci AS (JSON_UNQUOTE(JSON_EXTRACT(guest, '$.lastName'))) VIRTUAL"],
      ['guest_first_name', "VARCHAR(80) COLLATE utf8mb4_unicode_ci AS (JSON_UNQUOTE(JSON_EXTRACT(guest, '$.firstName'))) VIRTUAL"],
      ['guest_email', "VARCHAR(254) COLLATE utf8mb4_unicode_ci AS (JSON_UNQUOTE(JSON_EXTRACT(guest, '$.email'))) VIRTUAL"],
      ['guest_phone_digits', "VARCHAR(32) COLLATE utf8mb4_unicode_ci AS (REGEXP_REPLACE(JSON_UNQUOTE(JSON_EXTRACT(guest, '$.phone')), '[^0-9]', '')) VIRTUAL"],
    ];
    for (const [column, definition] of columns) {
      if (!(await columnExists(queryRunner, 'reservations', column))) {
        await queryRunner.query(`ALTER TABLE reservations ADD COLUMN ${column} ${definition}, ALGORITHM=INSTANT`);
      }
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const column of ['guest_phone_digits', 'guest_email', 'guest_first_name', 'guest_last_name']) {
      await queryRunner.query(`ALTER TABLE reservations DROP COLUMN ${column}`);
    }
  }
}
