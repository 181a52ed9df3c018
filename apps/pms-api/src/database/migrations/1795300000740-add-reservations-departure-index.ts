import type { QueryRunner } from 'typeorm';
import { indexExists } from '../migration-guards';
import type { PhasedMigration } from '../migration-phase';

/**
 * The front desk's departures of a day: (property_id, departure), as arrivals have
 * (property_id, arrival). Without it a day's departures would read every reservation of
 * the property. Built online, not unique. Expand.
 */
export class AddReservationsDepartureIndex1795300000740 implements PhasedMigration {
  readonly name = 'AddReservationsDepartureIndex1795300000740';
  readonly phase = 'expand';

  async up(queryRunner: QueryRunner): Promise<void> {
    if (!(await indexExists(queryRunner, 'reservations', 'ix_reservations_property_departure'))) {
      await queryRunner.query(
        'ALTER TABLE reservations ADD INDEX ix_reservations_property_departure (property_id, departure), ALGORITHM=INPLACE, LOCK=NONE',
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE reservations DROP INDEX ix_reservations_property_departure');
  }
}
