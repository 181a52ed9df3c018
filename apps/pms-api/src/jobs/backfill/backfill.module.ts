import { Module } from '@nestjs/common';
import { BackfillRunner } from './backfill-runner';
import { BackfillRepository } from './backfill.repository';

/** Resumable, batched data backfills for the `backfill-*` jobs. */
@Module({
  providers: [BackfillRepository, BackfillRunner],
  exports: [BackfillRunner],
})
export class BackfillModule {}
