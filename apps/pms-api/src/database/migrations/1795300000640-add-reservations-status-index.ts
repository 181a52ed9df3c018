import type { QueryRunner } from 'typeorm';
import { indexExists } from '../migration-guards';
import type { PhasedMigration } from '../migration-phase';

/**
 * The desk list's status filter, in the list's (arrival, id) order: (property_id, status,
 * arrival) ends in the primary key id in InnoDB. The unfiltered list and the date filter
 * use ix_reservations_property_arrival the same way. Built online: expand.
 *
 * The guest search columns (1795300000610) are deliberately not indexed: on MariaDB an
 * index on a virtual column makes every later ADD COLUMN on reservations a table rebuild
 * instead of an instant change. A search reads one property's rows in list order and
 * stops at the page's end, computing the columns from the guest JSON as it goes.
 */
export class AddReservationsStatusIndex1795300000640 implements PhasedMigration {
  readonly name = 'AddReservationsStatusIndex1795300000640';
  readonly phase = 'expand';

  async up(queryRunner: QueryRunner): Promise<void> {
    if (!(await indexExists(queryRunner, 'reservations', 'ix_reservations_property_status'))) {
      await queryRunner.query('ALTER TABLE reservations ADD INDEX ix_reservations_property_status (property_id, status, arrival), ALGORITHM=INPLACE, LOCK=NONE');
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE reservations DROP INDEX ix_reservations_property_status');
  }
}
