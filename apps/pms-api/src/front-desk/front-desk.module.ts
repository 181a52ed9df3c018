import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { CatalogueModule } from '../catalogue/catalogue.module';
import { PropertiesModule } from '../properties/properties.module';
import { StaffAuthModule } from '../staff-auth/staff-auth.module';
import { CheckInOutService } from './check-in-out.service';
import { DayListsService } from './day-lists.service';
import { FolioRepository } from './folio.repository';
import { FolioService } from './folio.service';
import { FrontDeskController } from './front-desk.controller';
import { FrontDeskRepository } from './front-desk.repository';
import { ReceiptService } from './receipt.service';
import { RegistrationRepository } from './registration.repository';
import { RegistrationService } from './registration.service';
import { StayLookup } from './stay-lookup';

/** The front desk: arrivals, departures, in-house; registration, check-in, folio, check-out, receipts. */
@Module({
  imports: [AuditModule, PropertiesModule, CatalogueModule, StaffAuthModule],
  controllers: [FrontDeskController],
  providers: [
    DayListsService,
    RegistrationService,
    CheckInOutService,
    FolioService,
    ReceiptService,
    StayLookup,
    FrontDeskRepository,
    RegistrationRepository,
    FolioRepository,
  ],
})
export class FrontDeskModule {}
