import type { INestApplicationContext } from '@nestjs/common';

/** A one-off unit of scheduled work, run by `job.js <name>` as its own task. */
export interface Job {
  readonly name: string;
  readonly description: string;
  run(app: INestApplicationContext): Promise<void>;
}
