import { Module } from '@nestjs/common';
import { CatalogueModule } from '../catalogue/catalogue.module';
import { PropertiesModule } from '../properties/properties.module';
import { AvailabilityService } from './availability.service';
import { BookingMails } from './booking-mails';
import { BookingService } from './booking.service';
import { BookingViews } from './booking-views';
import { HoldExpiryService } from './hold-expiry.service';
import { HoldService } from './hold.service';
import { ManageBookingService } from './manage-booking.service';
import { NightOccupancyService } from './night-occupancy.service';
import { ReservationsController } from './reservations.controller';
import { ReservationsRepository } from './reservations.repository';

@Module({
  imports: [PropertiesModule, CatalogueModule],
  controllers: [ReservationsController],
  providers: [
    AvailabilityService,
    HoldService,
    BookingService,
    ManageBookingService,
    NightOccupancyService,
    BookingViews,
    BookingMails,
    HoldExpiryService,
    ReservationsRepository,
  ],
  exports: [ReservationsRepository, HoldExpiryService, BookingMails, BookingViews],
})
export class ReservationsModule {}
