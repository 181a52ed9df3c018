import { randomUUID } from 'node:crypto';
import type { INestApplicationContext } from '@nestjs/common';
import type { DateRange, LocalizedText, RateCard, Unit, UnitType } from '@pitchdesk/domain';
import { CatalogueRepository } from '../../../src/catalogue/catalogue.repository';
import { DatabaseSessions } from '../../../src/database/database-sessions';
import { PropertiesRepository } from '../../../src/properties/properties.repository';

const text = (en: string): LocalizedText => ({ it: en, en, de: en, nl: en });
const range = (arrival: string, departure: string) => ({ arrival, departure }) as unknown as DateRange;

/** A small campsite made for tests: two pitches, two mobile homes, one season a year. */
export interface TestCampsite {
  readonly propertyId: string;
  readonly slug: string;
  readonly pitchType: UnitType;
  readonly mobileHomeType: UnitType;
  readonly pitches: readonly Unit[];
  readonly mobileHomes: readonly Unit[];
}

function unit(unitTypeId: string, code: string, index: number, maxGuests: number): Unit {
  return {
    id: randomUUID(),
    unitTypeId,
    code,
    attributes: {
      sizeM2: 80,
      maxGuests,
      petsAllowed: true,
      electricityAmps: 6,
      water: true,
      drainage: false,
      shade: 'partial',
      maxVehicleLengthM: 8,
      accessible: index === 0,
      features: [],
    },
    map: { x: index * 12, y: 0, width: 10, height: 8, rotationDeg: 0 },
  };
}

export function testRateCard(year: number): RateCard {
  return {
    currency: 'EUR',
    seasons: [{ code: 'all', name: text('All year'), range: range(`${year}-01-01`, `${year + 2}-01-01`) }],
    unitTypeRates: [
      { unitTypeCode: 'pitch', seasonCode: 'all', nightlyMinor: 2_000, includedGuests: 0 },
      { unitTypeCode: 'mobile-home', seasonCode: 'all', nightlyMinor: 9_000, includedGuests: 4 },
    ],
    ageBands: [
      { code: 'infant', name: text('Infant'), minAge: 0, maxAge: 2 },
      { code: 'child', name: text('Child'), minAge: 3, maxAge: 11 },
      { code: 'adult', name: text('Adult'), minAge: 12, maxAge: 120 },
    ],
    personCharges: [
      { seasonCode: 'all', ageBandCode: 'infant', nightlyMinor: 0 },
      { seasonCode: 'all', ageBandCode: 'child', nightlyMinor: 500 },
      { seasonCode: 'all', ageBandCode: 'adult', nightlyMinor: 900 },
    ],
    surcharges: [{ seasonCode: 'all', petNightlyMinor: 300, vehicleNightlyMinor: 400 }],
    extras: [
      { code: 'linen', name: text('Bed linen'), basis: 'per-person-stay', priceMinor: 1_200, unitTypeCodes: ['mobile-home'], maxQuantity: 1 },
    ],
    touristTax: { perPersonNightMinor: 150, exemptUnderAge: 14, maxTaxableNights: 7 },
    stayRules: [{ code: 'mobile-home-min-3', unitTypeCodes: ['mobile-home'], range: range(`${year}-01-01`, `${year + 2}-01-01`), minNights: 3 }],
    discounts: [],
    cancellation: { freeUntilDaysBefore: 30, feeBasisPoints: 3_000 },
  };
}

/** Creates (or replaces) a test campsite under `slug` in the worker's database. */
export async function createTestCampsite(app: INestApplicationContext, slug: string, year: number): Promise<TestCampsite> {
  const propertyId = randomUUID();
  const pitchType: UnitType = { id: randomUUID(), code: 'pitch', kind: 'pitch', name: text('Pitch'), description: text('A pitch'), maxGuests: 6 };
  const mobileHomeType: UnitType = {
    id: randomUUID(),
    code: 'mobile-home',
    kind: 'mobile-home',
    name: text('Mobile home'),
    description: text('A mobile home'),
    maxGuests: 4,
  };
  const pitches = [unit(pitchType.id, 'P1', 0, 6), unit(pitchType.id, 'P2', 1, 6)];
  const mobileHomes = [unit(mobileHomeType.id, 'MH1', 2, 4), unit(mobileHomeType.id, 'MH2', 3, 4)];
  await app.get(DatabaseSessions).transaction(async (manager) => {
    await manager.query('DELETE FROM properties WHERE slug = ?', [slug]);
    await app.get(PropertiesRepository).upsert(
      { id: propertyId, slug, name: `Test ${slug}`, timeZone: 'Europe/Rome', currency: 'EUR' },
      manager,
    );
    await app
      .get(CatalogueRepository)
      .replaceInventory(manager, propertyId, { unitTypes: [pitchType, mobileHomeType], units: [...pitches, ...mobileHomes] }, testRateCard(year));
  });
  return { propertyId, slug, pitchType, mobileHomeType, pitches, mobileHomes };
}

/** `items[index]`, failing the test loudly instead of carrying `undefined` along. */
export function nth<T>(items: readonly T[], index: number): T {
  const item = items[index];
  if (item === undefined) {
    throw new Error(`no item ${index} in a list of ${items.length}`);
  }
  return item;
}
