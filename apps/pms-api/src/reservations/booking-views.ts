import { Inject, Injectable } from '@nestjs/common';
import type { UnitOfWork } from '../database/unit-of-work';
import type { BookingCreated, PropertySummary } from '@pitchdesk/contracts';
import { CatalogueRepository } from '../catalogue/catalogue.repository';
import { CatalogueService } from '../catalogue/catalogue.service';
import { todayAt } from '../common/property-clock';
import { APP_CONFIG } from '../config/app-config';
import type { AppConfig } from '../config/app-config';
import { PropertiesRepository } from '../properties/properties.repository';
import { manageToken } from './booking-identifiers';
import type { ReservationEntity } from './reservation.entity';
import { toBookingView } from './reservation-view';

/** Builds what the guest sees of a booking, inside the caller's transaction. */
@Injectable()
export class BookingViews {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly properties: PropertiesRepository,
    private readonly catalogue: CatalogueRepository,
    private readonly catalogueService: CatalogueService,
  ) {}

  async created(manager: UnitOfWork, reservation: ReservationEntity): Promise<BookingCreated> {
    const property = await this.property(manager, reservation.propertyId);
    const card = await this.catalogueService.rateCardVersion(manager, reservation.propertyId, reservation.rateCardVersion);
    const unit = await this.catalogue.unitWith(manager, reservation.propertyId, reservation.unitId);
    const unitType = await this.catalogue.unitTypeByIdWith(manager, reservation.propertyId, reservation.unitTypeId);
    if (!card || !unit || !unitType) {
      throw new Error(`reservation ${reservation.id} refers to missing catalogue data`);
    }
    return {
      booking: toBookingView(
        reservation,
        { code: unit.code, unitTypeCode: unitType.code },
        card.cancellation,
        todayAt(property.timeZone),
      ),
      manageToken: manageToken(this.config.PD_MANAGE_TOKEN_KEY, reservation.id),
    };
  }

  async property(manager: UnitOfWork, propertyId: string): Promise<PropertySummary> {
    const property = await this.properties.findByIdWith(manager, propertyId);
    if (!property) {
      throw new Error(`reservation refers to missing property ${propertyId}`);
    }
    return property;
  }
}
