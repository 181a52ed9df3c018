import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { CatalogueModule } from '../catalogue/catalogue.module';
import { PropertiesModule } from '../properties/properties.module';
import { ReservationsModule } from '../reservations/reservations.module';
import { StaffAuthModule } from '../staff-auth/staff-auth.module';
import { ClosuresService } from './closures.service';
import { MoveReservationService } from './move-reservation.service';
import { PlanningBoardService } from './planning-board.service';
import { PlanningController } from './planning.controller';
import { PlanningRepository } from './planning.repository';
import { UnitNightClaims } from './unit-night-claims';

/** Staff planning: the board, closures and moves, on the reservations context's unit-nights. */
@Module({
  imports: [AuditModule, PropertiesModule, CatalogueModule, ReservationsModule, StaffAuthModule],
  controllers: [PlanningController],
  providers: [PlanningBoardService, ClosuresService, MoveReservationService, UnitNightClaims, PlanningRepository],
  // The reservation desk claims nights for desk bookings and edits the same way.
  exports: [UnitNightClaims],
})
export class PlanningModule {}
