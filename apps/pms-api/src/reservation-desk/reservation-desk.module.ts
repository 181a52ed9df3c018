import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { CatalogueModule } from '../catalogue/catalogue.module';
import { PlanningModule } from '../planning/planning.module';
import { PropertiesModule } from '../properties/properties.module';
import { ReservationsModule } from '../reservations/reservations.module';
import { StaffAuthModule } from '../staff-auth/staff-auth.module';
import { CancelReservationService } from './cancel-reservation.service';
import { DeskBookingService } from './desk-booking.service';
import { DeskNotifications } from './desk-notifications';
import { DeskPricing } from './desk-pricing.service';
import { EditReservationService } from './edit-reservation.service';
import { ReservationDeskController } from './reservation-desk.controller';
import { ReservationDeskRepository } from './reservation-desk.repository';
import { ReservationDetails } from './reservation-details.service';
import { ReservationNotesService } from './reservation-notes.service';

/** Staff reservations: list and search, detail with audit trail, phone and walk-in bookings, edits, cancellations, notes. */
@Module({
  imports: [AuditModule, PropertiesModule, CatalogueModule, ReservationsModule, PlanningModule, StaffAuthModule],
  controllers: [ReservationDeskController],
  providers: [
    ReservationDetails,
    DeskBookingService,
    EditReservationService,
    CancelReservationService,
    ReservationNotesService,
    DeskPricing,
    DeskNotifications,
    ReservationDeskRepository,
  ],
})
export class ReservationDeskModule {}
