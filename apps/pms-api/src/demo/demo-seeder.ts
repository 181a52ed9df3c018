import { Injectable } from '@nestjs/common';
import { demoBookings, demoCampsite } from '@pitchdesk/demo-data';
import { quoteStay } from '@pitchdesk/domain';
import type { CalendarDate } from '@pitchdesk/domain';
import { CatalogueRepository } from '../catalogue/catalogue.repository';
import { PropertiesRepository } from '../properties/properties.repository';
import { ReservationsRepository } from '../reservations/reservations.repository';
import { StaffAccounts } from '../staff-auth/staff-accounts.service';
import { DEMO_STAFF } from './demo-staff';

export interface DemoSeedResult {
  readonly propertySlug: string;
  readonly units: number;
  readonly bookings: number;
  readonly year: number;
  /** E-mail addresses of the demo staff users (passwords: README / demo-staff.ts). */
  readonly staff: readonly string[];
}

/** Stable, readable references for demo bookings: `DM000001`... */
const demoReference = (index: number): string => `DM${String(index + 1).padStart(6, '0')}`;

/**
 * Loads the demo campsite (deterministic for a seed and year) in one transaction:
 * property, 300 units, rate card, and ~2,000 confirmed bookings priced by the domain.
 * It replaces only the demo property's own data, then (re)sets the demo staff users.
 */
@Injectable()
export class DemoSeeder {
  constructor(
    private readonly properties: PropertiesRepository,
    private readonly catalogue: CatalogueRepository,
    private readonly reservations: ReservationsRepository,
    private readonly staffAccounts: StaffAccounts,
  ) {}

  async seed(options: { seed: number; year: number; bookings: number; openFrom?: CalendarDate }): Promise<DemoSeedResult> {
    const site = demoCampsite(options.seed, options.year, options.openFrom);
    const bookings = demoBookings(options.seed, options.bookings, options.year);
    const typeOfUnit = new Map(site.units.map((unit) => [unit.id, site.unitTypes.find((type) => type.id === unit.unitTypeId)]));
    await this.reservations.transaction(async (manager) => {
      await this.properties.upsert(site.property, manager);
      await this.catalogue.replaceInventory(manager, site.property.id, site, site.rateCard);
      const rateCard = await this.catalogue.currentRateCardWith(manager, site.property.id);
      const rows = bookings.map((booking, index) => {
        const unitType = typeOfUnit.get(booking.unitId);
        if (!unitType || !rateCard) {
          throw new Error(`demo booking ${booking.id} has no unit type or rate card`);
        }
        const quote = quoteStay(site.rateCard, {
          unitTypeCode: unitType.code,
          stay: booking.stay,
          party: booking.party,
          extras: [],
          bookedOn: booking.bookedOn,
        });
        return {
          id: booking.id,
          propertyId: site.property.id,
          reference: demoReference(index),
          status: 'confirmed' as const,
          unitId: booking.unitId,
          unitTypeId: unitType.id,
          arrival: booking.stay.arrival,
          departure: booking.stay.departure,
          party: booking.party,
          extras: [],
          quote,
          rateCardVersion: rateCard.version,
          totalMinor: quote.totalMinor,
          currency: quote.currency,
          guest: booking.guest,
          locale: 'en',
          holdExpiresAt: null,
          idempotencyKey: null,
          requestFingerprint: null,
          cancellationFeeMinor: null,
          confirmedAt: new Date(`${booking.bookedOn}T10:00:00Z`),
          cancelledAt: null,
          expiryAnnouncedAt: null,
        };
      });
      await this.reservations.replaceAllConfirmed(manager, site.property.id, rows);
    });
    const staff = await this.seedStaff();
    return { propertySlug: site.property.slug, units: site.units.length, bookings: bookings.length, year: options.year, staff };
  }

  /** One staff user per role, with the documented demo passwords; a rerun resets them. */
  async seedStaff(): Promise<string[]> {
    const saved = [];
    for (const { id, ...account } of DEMO_STAFF) {
      saved.push((await this.staffAccounts.save(account, id)).email);
    }
    return saved;
  }
}
