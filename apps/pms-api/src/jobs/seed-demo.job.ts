import type { INestApplicationContext } from '@nestjs/common';
import { PropertiesRepository } from '../properties/properties.repository';
import type { Job } from './job';

/** Demo data for the start command: deterministic, safe to run again. */
export const seedDemoJob: Job = {
  name: 'seed-demo',
  description: 'Create or refresh the demo campsite',
  async run(app: INestApplicationContext): Promise<void> {
    await app.get(PropertiesRepository).upsert({
      id: '5f0c6a8e-3a4b-4c1d-9e2f-7a8b9c0d1e2f',
      slug: 'lago-verde',
      name: 'Camping Lago Verde',
      timeZone: 'Europe/Rome',
      currency: 'EUR',
    });
  },
};
