import { Inject, Injectable } from '@nestjs/common';
import type { UnitOfWork } from '../database/unit-of-work';
import type { BookingCreated, PropertySummary } from '@pitchdesk/contracts';
import { CatalogueService } from '../catalogue/catalogue.service';
import { todayAt } from '../common/property-clock';
import { APP_CONFIG } from '../config/app-config';
import type { AppConfig } from '../config/app-config';
import { PropertiesService } from '../properties/properties.service';
import { manageToken } from './booking-identifiers';
import type { ReservationEntity } from './reservation.entity';
import { toBookingView } from './reservation-view';

/** Builds what the guest sees of a booking, inside the caller's transaction. */
@Injectable()
export class BookingViews {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly properties: PropertiesService,
    private readonly catalogueService: CatalogueService,
  ) {}

  async created(manager: UnitOfWork, reservation: ReservationEntity): Promise<BookingCreated> {
    const property = await this.property(reservation.propertyId);
    const card = await this.catalogueService.rateCardVersion(manager, reservation.propertyId, reservation.rateCardVersion);
    const { unit, unitType } = (await this.catalogueService.unitAndType(manager, reservation.propertyId, reservation.unitId)) ?? {};
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

  async property(propertyId: string): Promise<PropertySummary> {
    return this.properties.byId(propertyId);
  }
}
