import { Module } from '@nestjs/common';
import { HoldExpiryLoop } from './hold-expiry-loop';
import { ReservationsModule } from './reservations.module';

/** Background work of the reservations context; the HTTP app imports it, jobs do not. */
@Module({ imports: [ReservationsModule], providers: [HoldExpiryLoop] })
export class ReservationsBackgroundModule {}
