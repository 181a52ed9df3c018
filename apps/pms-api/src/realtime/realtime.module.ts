import { Global, Module } from '@nestjs/common';
import { AvailabilityPublisher } from './availability-publisher';

/** Realtime updates through the hub; publishing is best effort, never on a booking's path. */
@Global()
@Module({ providers: [AvailabilityPublisher], exports: [AvailabilityPublisher] })
export class RealtimeModule {}
