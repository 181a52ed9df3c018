import type { INestApplicationContext } from '@nestjs/common';
import { Logger } from '@nestjs/common';
import { APP_CONFIG } from '../config/app-config';
import type { AppConfig } from '../config/app-config';
import { todayAt } from '../common/property-clock';
import { DemoSeeder } from '../demo/demo-seeder';
import type { Job } from './job';

/**
 * The season a demo should show: this year's until the end of August, then next year's,
 * so that `npm start` always has bookable dates ahead. PD_DEMO_YEAR pins it (benchmarks).
 */
export function demoSeasonYear(today: Date, pinned: number | undefined): number {
  if (pinned !== undefined) {
    return pinned;
  }
  return today.getUTCMonth() >= 8 ? today.getUTCFullYear() + 1 : today.getUTCFullYear();
}

/** The demo campsite's time zone (Lake Garda). */
const DEMO_TIME_ZONE = 'Europe/Rome';

/** Demo data for the start command and the benchmarks: deterministic, safe to run again. */
export const seedDemoJob: Job = {
  name: 'seed-demo',
  description: 'Load the demo campsite (300 units, a season of rates, ~2,000 bookings), replacing its data',
  async run(app: INestApplicationContext): Promise<void> {
    const year = demoSeasonYear(new Date(), app.get<AppConfig>(APP_CONFIG).PD_DEMO_YEAR);
    // Open from today: a stay arriving today can be booked and checked in, whatever the season.
    const result = await app.get(DemoSeeder).seed({ seed: 1, year, bookings: 2_000, openFrom: todayAt(DEMO_TIME_ZONE) });
    new Logger('seed-demo').log({ message: 'demo campsite loaded', ...result });
  },
};
