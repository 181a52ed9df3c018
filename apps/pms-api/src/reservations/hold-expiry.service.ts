import { Injectable } from '@nestjs/common';
import { AvailabilityPublisher } from '../realtime/availability-publisher';
import { ReservationsRepository } from './reservations.repository';

const BATCH = 200;

/**
 * Announces lapsed holds as released. Correctness never waits for it: a lapsed hold
 * blocks nobody from the moment it lapses. This only tidies rows and tells browsers.
 */
@Injectable()
export class HoldExpiryService {
  constructor(
    private readonly reservations: ReservationsRepository,
    private readonly publisher: AvailabilityPublisher,
  ) {}

  /** Sweeps until nothing lapsed is left; returns how many holds it released. */
  async sweep(): Promise<number> {
    let released = 0;
    for (;;) {
      const lapsed = await this.reservations.sweepLapsedHolds(BATCH);
      for (const hold of lapsed) {
        this.publisher.publishAvailabilityChanged({
          propertyId: hold.propertyId,
          unitIds: [hold.unitId],
          arrival: hold.arrival,
          departure: hold.departure,
          state: 'released',
        });
      }
      released += lapsed.length;
      if (lapsed.length < BATCH) {
        return released;
      }
    }
  }
}
