import { Global, Module } from '@nestjs/common';
import { AvailabilityPublisher } from './availability-publisher';
import { StaffEventsPublisher } from './staff-events-publisher';

/** Realtime updates through the hub; publishing is best effort, never on a booking's path. */
@Global()
@Module({ providers: [AvailabilityPublisher, StaffEventsPublisher], exports: [AvailabilityPublisher, StaffEventsPublisher] })
export class RealtimeModule {}
