import type { INestApplicationContext } from '@nestjs/common';
import { Logger } from '@nestjs/common';
import { HoldExpiryService } from '../reservations/hold-expiry.service';
import type { Job } from './job';

/** Scheduled safety net for the API's own sweep (e.g. while no API task runs). */
export const releaseExpiredHoldsJob: Job = {
  name: 'release-expired-holds',
  description: 'Mark lapsed holds expired, free their nights and announce them',
  async run(app: INestApplicationContext): Promise<void> {
    const released = await app.get(HoldExpiryService).sweep();
    new Logger('release-expired-holds').log({ message: 'swept', released });
  },
};
