import type { AvailabilityResponse, NightOccupancy } from '@pitchdesk/contracts';
import type { CalendarDate, DateRange, RateCard, Unit, UnitType } from '@pitchdesk/domain';
import type { PropertyCatalogue } from '../../core/booking-api';

// Shapes of the demo campsite (lago-verde, 2027), cut to what the search page reads.

const range = (arrival: string, departure: string): DateRange => ({ arrival: arrival as CalendarDate, departure: departure as CalendarDate });
const text = (en: string) => ({ it: `${en} (it)`, en, de: `${en} (de)`, nl: `${en} (nl)` });

export const PITCH: UnitType = {
  id: '00000000-0000-4000-8000-000000000001',
  code: 'pitch-standard',
  kind: 'pitch',
  name: { it: 'Piazzola standard', en: 'Standard pitch', de: 'Standardstellplatz', nl: 'Standaardplaats' },
  description: text('About 80 m² with an electric hook-up.'),
  maxGuests: 6,
};

export const MOBILE_HOME: UnitType = {
  id: '00000000-0000-4000-8000-000000000002',
  code: 'mobile-home-4',
  kind: 'mobile-home',
  name: { it: 'Casa mobile 4 posti', en: 'Mobile home for 4', de: 'Mobilheim für 4', nl: 'Stacaravan voor 4' },
  description: text('Two bedrooms, bathroom, covered veranda.'),
  maxGuests: 4,
};

function unit(id: string, type: UnitType, sizeM2: number, extra: Partial<Unit['attributes']> = {}): Unit {
  return {
    id,
    unitTypeId: type.id,
    code: id.slice(-3),
    attributes: {
      sizeM2,
      maxGuests: type.maxGuests,
      petsAllowed: false,
      electricityAmps: null,
      water: false,
      drainage: false,
      shade: 'none',
      maxVehicleLengthM: null,
      accessible: false,
      features: [],
      ...extra,
    },
    map: { x: 0, y: 0, width: 10, height: 8, rotationDeg: 0 },
  };
}

export const CATALOGUE: PropertyCatalogue = {
  property: { id: 'f0e03aa7-d22e-4bf6-958f-7cb94366293c', slug: 'lago-verde', name: 'Camping Lago Verde', timeZone: 'Europe/Rome', currency: 'EUR' },
  unitTypes: [PITCH, MOBILE_HOME],
  units: [
    unit('00000000-0000-4000-8000-000000000101', PITCH, 80, { electricityAmps: 6, petsAllowed: true }),
    unit('00000000-0000-4000-8000-000000000102', PITCH, 100, { electricityAmps: 10 }),
    unit('00000000-0000-4000-8000-000000000201', MOBILE_HOME, 32, { accessible: true }),
  ],
};

export const RATE_CARD: RateCard = {
  currency: 'EUR',
  seasons: [
    { code: 'low', name: text('Low season'), range: range('2027-01-01', '2027-06-15') },
    { code: 'high', name: text('High season'), range: range('2027-06-15', '2027-07-17') },
    { code: 'peak', name: text('Peak season'), range: range('2027-07-17', '2027-09-01') },
    { code: 'low', name: text('Low season'), range: range('2027-09-01', '2028-01-01') },
  ],
  unitTypeRates: ['low', 'high', 'peak'].flatMap((seasonCode) => [
    { unitTypeCode: PITCH.code, seasonCode, nightlyMinor: 1900, includedGuests: 0 },
    { unitTypeCode: MOBILE_HOME.code, seasonCode, nightlyMinor: 9000, includedGuests: 4 },
  ]),
  ageBands: [
    { code: 'adult', name: text('Adults'), minAge: 12, maxAge: 120 },
    { code: 'child', name: text('Children'), minAge: 0, maxAge: 11 },
  ],
  personCharges: [],
  surcharges: [],
  extras: [],
  touristTax: { perPersonNightMinor: 150, exemptUnderAge: 14, maxTaxableNights: 10 },
  stayRules: [
    {
      code: 'peak-saturday',
      unitTypeCodes: [MOBILE_HOME.code],
      range: range('2027-07-17', '2027-09-01'),
      minNights: 7,
      arrivalWeekdays: [6],
      departureWeekdays: [6],
    },
    { code: 'high-pitch-min3', unitTypeCodes: [PITCH.code], range: range('2027-06-15', '2027-09-15'), minNights: 3 },
    { code: 'closed-days', unitTypeCodes: [], range: range('2027-01-01', '2028-01-01'), closedToArrival: ['2027-08-15' as CalendarDate] },
  ],
  discounts: [],
  cancellation: { freeUntilDaysBefore: 30, feeBasisPoints: 3000 },
};

/** Free units per night of [from, to): `free(code, night)` decides each count. */
export function occupancy(from: string, nights: number, free: (code: string, index: number) => number): NightOccupancy {
  const to = new Date(Date.parse(`${from}T00:00:00Z`) + nights * 86_400_000).toISOString().slice(0, 10);
  return {
    from,
    to,
    unitTypes: [PITCH, MOBILE_HOME].map((type) => ({
      unitTypeCode: type.code,
      units: 10,
      free: Array.from({ length: nights }, (_, index) => free(type.code, index)),
    })),
  };
}

/** The API's answer for a 3-night July stay: pitches bookable, mobile homes ruled out. */
export function availabilityAnswer(): AvailabilityResponse {
  return {
    propertyId: CATALOGUE.property.id,
    arrival: '2027-07-17',
    departure: '2027-07-20',
    results: [
      {
        unitType: PITCH,
        available: true,
        violations: [],
        quote: {
          currency: 'EUR',
          nights: 3,
          lines: [
            { kind: 'accommodation', code: 'peak', quantity: 3, unitMinor: 2400, amountMinor: 7200, seasonCode: 'peak' },
            { kind: 'person', code: 'adult', quantity: 6, unitMinor: 1200, amountMinor: 7200, seasonCode: 'peak' },
            { kind: 'tourist-tax', code: 'tourist-tax', quantity: 6, unitMinor: 150, amountMinor: 900 },
          ],
          totalMinor: 15300,
        },
        freeUnitCount: 12,
      },
      {
        unitType: MOBILE_HOME,
        available: false,
        violations: [
          { code: 'MIN_NIGHTS', params: { minNights: 7 }, message: 'Minimum 7 nights for arrivals in this period' },
          { code: 'DEPARTURE_WEEKDAY', params: { weekdays: [6] }, message: 'Departures on Saturdays only' },
        ],
        quote: null,
        freeUnitCount: 4,
      },
    ],
  };
}
