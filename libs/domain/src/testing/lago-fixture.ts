// Test fixture, not public API (index.ts does not export it): a small Italian lakeside
// campsite in 2026, in EUR cents, shared by the pricing and availability specs.
import type {
  LocalizedText,
  Unit,
  UnitAttributes,
  UnitType,
} from '../inventory/inventory';
import type { RateCard, Season } from '../pricing/rate-card';
import type { CalendarDate } from '../stays/calendar-date';
import { parseCalendarDate } from '../stays/calendar-date';
import type { DateRange } from '../stays/date-range';
import { parseDateRange } from '../stays/date-range';

export const d = (value: string): CalendarDate => parseCalendarDate(value);
export const r = (arrival: string, departure: string): DateRange =>
  parseDateRange({ arrival, departure });
const text = (en: string): LocalizedText => ({ it: en, en, de: en, nl: en });
const season = (code: string, arrival: string, departure: string): Season => ({
  code,
  name: text(code),
  range: r(arrival, departure),
});

// Easter season starts on Sunday 29 March 2026, the day clocks go forward in Italy.
const SEASON_PRICES = {
  //        pitch  mh-6   tent  adult child  pet  vehicle
  low: [1500, 6000, 5000, 700, 400, 300, 250],
  easter: [1800, 7500, 6000, 800, 450, 300, 250],
  mid: [1900, 8000, 6500, 850, 500, 400, 300],
  high: [2400, 12000, 9000, 1000, 600, 500, 400],
  peak: [3000, 15500, 11500, 1150, 700, 600, 500],
} as const;
const price = (code: keyof typeof SEASON_PRICES, column: number): number =>
  SEASON_PRICES[code][column] ?? 0;
const SEASON_CODES = Object.keys(
  SEASON_PRICES,
) as (keyof typeof SEASON_PRICES)[];

export const lagoCard: RateCard = {
  currency: 'EUR',
  seasons: [
    season('low', '2026-01-01', '2026-03-29'),
    season('easter', '2026-03-29', '2026-04-13'),
    season('low', '2026-04-13', '2026-05-01'),
    season('mid', '2026-05-01', '2026-06-15'),
    season('high', '2026-06-15', '2026-07-18'),
    season('peak', '2026-07-18', '2026-08-29'),
    season('high', '2026-08-29', '2026-09-15'),
    season('mid', '2026-09-15', '2026-10-01'),
    season('low', '2026-10-01', '2027-01-01'),
  ],
  unitTypeRates: SEASON_CODES.flatMap((code) => [
    {
      unitTypeCode: 'pitch-comfort',
      seasonCode: code,
      nightlyMinor: price(code, 0),
      includedGuests: 0,
    },
    {
      unitTypeCode: 'mobile-home-6',
      seasonCode: code,
      nightlyMinor: price(code, 1),
      includedGuests: 6,
    },
    {
      unitTypeCode: 'safari-tent',
      seasonCode: code,
      nightlyMinor: price(code, 2),
      includedGuests: 2,
    },
  ]),
  ageBands: [
    { code: 'adult', name: text('Adult'), minAge: 12, maxAge: 120 },
    { code: 'child', name: text('Child 3-11'), minAge: 3, maxAge: 11 },
    { code: 'infant', name: text('Infant 0-2'), minAge: 0, maxAge: 2 },
  ],
  personCharges: SEASON_CODES.flatMap((code) => [
    { seasonCode: code, ageBandCode: 'adult', nightlyMinor: price(code, 3) },
    { seasonCode: code, ageBandCode: 'child', nightlyMinor: price(code, 4) },
    { seasonCode: code, ageBandCode: 'infant', nightlyMinor: 0 },
  ]),
  surcharges: SEASON_CODES.map((code) => ({
    seasonCode: code,
    petNightlyMinor: price(code, 5),
    vehicleNightlyMinor: price(code, 6),
  })),
  extras: [
    {
      code: 'bed-linen',
      name: text('Bed linen'),
      basis: 'per-person-stay',
      priceMinor: 1200,
      unitTypeCodes: ['mobile-home-6', 'safari-tent'],
      maxQuantity: 6,
    },
    {
      code: 'final-cleaning',
      name: text('Final cleaning'),
      basis: 'per-stay',
      priceMinor: 5000,
      unitTypeCodes: ['mobile-home-6'],
      maxQuantity: 1,
    },
    {
      code: 'bbq',
      name: text('BBQ'),
      basis: 'per-night',
      priceMinor: 500,
      unitTypeCodes: [],
      maxQuantity: 2,
    },
    {
      code: 'dog-shower',
      name: text('Dog shower'),
      basis: 'per-stay',
      priceMinor: 800,
      unitTypeCodes: [],
      maxQuantity: 3,
    },
    {
      code: 'breakfast',
      name: text('Breakfast'),
      basis: 'per-person-night',
      priceMinor: 950,
      unitTypeCodes: [],
      maxQuantity: 8,
    },
  ],
  touristTax: {
    perPersonNightMinor: 150,
    exemptUnderAge: 14,
    maxTaxableNights: 7,
  },
  stayRules: [
    {
      code: 'peak-saturday',
      unitTypeCodes: ['mobile-home-6', 'safari-tent'],
      range: r('2026-07-18', '2026-08-29'),
      minNights: 7,
      arrivalWeekdays: [6],
      departureWeekdays: [6],
    },
    {
      code: 'high-pitch-min3',
      unitTypeCodes: ['pitch-comfort'],
      range: r('2026-06-15', '2026-09-15'),
      minNights: 3,
    },
    {
      code: 'ferragosto',
      unitTypeCodes: [],
      range: r('2026-01-01', '2027-01-01'),
      closedToArrival: [d('2026-08-15')],
      closedToDeparture: [d('2026-08-16')],
    },
    {
      code: 'max-stay',
      unitTypeCodes: [],
      range: r('2026-01-01', '2027-01-01'),
      maxNights: 60,
    },
  ],
  discounts: [
    { code: 'long-stay', kind: 'long-stay', minNights: 14, basisPoints: 1000 },
    {
      code: 'early-booking',
      kind: 'early-booking',
      minDaysBeforeArrival: 90,
      basisPoints: 500,
    },
  ],
  cancellation: { freeUntilDaysBefore: 30, feeBasisPoints: 3000 },
};

const typeOf = (
  id: string,
  code: string,
  kind: UnitType['kind'],
  maxGuests: number,
): UnitType => ({
  id,
  code,
  kind,
  name: text(code),
  description: text(code),
  maxGuests,
});

export const lagoTypes: readonly UnitType[] = [
  typeOf('t-pitch', 'pitch-comfort', 'pitch', 6),
  typeOf('t-mh6', 'mobile-home-6', 'mobile-home', 6),
  typeOf('t-tent', 'safari-tent', 'glamping-tent', 5),
];

const base: UnitAttributes = {
  sizeM2: 100,
  maxGuests: 6,
  petsAllowed: true,
  electricityAmps: 10,
  water: true,
  drainage: true,
  shade: 'partial',
  maxVehicleLengthM: 8,
  accessible: false,
  features: [],
};
const unit = (
  id: string,
  unitTypeId: string,
  x: number,
  attributes: Partial<UnitAttributes>,
): Unit => ({
  id,
  unitTypeId,
  code: id,
  attributes: { ...base, ...attributes },
  map: { x, y: 10, width: 10, height: 10, rotationDeg: 0 },
});

export const lagoUnits: readonly Unit[] = [
  unit('P01', 't-pitch', 0, { features: ['lake-view'], shade: 'full' }),
  unit('P02', 't-pitch', 12, {
    petsAllowed: false,
    shade: 'none',
    drainage: false,
  }),
  unit('P03', 't-pitch', 24, {
    accessible: true,
    maxVehicleLengthM: 6,
    electricityAmps: null,
  }),
  unit('MH01', 't-mh6', 36, {
    petsAllowed: false,
    maxVehicleLengthM: 5,
    features: ['air-conditioning'],
  }),
  unit('MH02', 't-mh6', 48, { maxVehicleLengthM: 5, maxGuests: 5 }),
  unit('T01', 't-tent', 60, {
    maxGuests: 4,
    maxVehicleLengthM: null,
    petsAllowed: false,
  }),
  unit('T02', 't-tent', 72, {
    maxGuests: 5,
    maxVehicleLengthM: null,
    petsAllowed: false,
  }),
];

/** `items[index]`, failing loudly instead of handing a test `undefined`. */
export function at<T>(items: readonly T[], index: number): T {
  const item = items[index];
  if (item === undefined) {
    throw new Error(`fixture has no item ${index}`);
  }
  return item;
}
