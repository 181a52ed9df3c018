import type {
  CalendarDate,
  DateRange,
  LocalizedText,
  RateCard,
  Season,
} from '@pitchdesk/domain';
import {
  addDays,
  parseCalendarDate,
  parseDateRange,
  weekdayOf,
} from '@pitchdesk/domain';
import type { DemoTypeCode } from './unit-types';

const text = (
  it: string,
  en: string,
  de: string,
  nl: string,
): LocalizedText => ({ it, en, de, nl });
const SEASON_NAMES = {
  low: text('Bassa stagione', 'Low season', 'Nebensaison', 'Laagseizoen'),
  mid: text('Media stagione', 'Mid season', 'Zwischensaison', 'Middenseizoen'),
  high: text('Alta stagione', 'High season', 'Hauptsaison', 'Hoogseizoen'),
  peak: text('Altissima stagione', 'Peak season', 'Hochsaison', 'Topseizoen'),
} as const;
type SeasonCode = keyof typeof SEASON_NAMES;
const SEASON_CODES = Object.keys(SEASON_NAMES) as SeasonCode[];

// Nightly prices in EUR cents, as on a real lakeside campsite in northern Italy.
const NIGHTLY: Readonly<
  Record<DemoTypeCode, Readonly<Record<SeasonCode, number>>>
> = {
  'pitch-standard': { low: 1200, mid: 1500, high: 1900, peak: 2400 },
  'pitch-comfort': { low: 1500, mid: 1900, high: 2400, peak: 3000 },
  'pitch-lake': { low: 1800, mid: 2300, high: 2900, peak: 3600 },
  'mobile-home-4': { low: 5500, mid: 7500, high: 11000, peak: 14500 },
  'mobile-home-6': { low: 7000, mid: 9500, high: 13500, peak: 17500 },
  'safari-tent': { low: 6000, mid: 8000, high: 11500, peak: 15000 },
};
// Pitches charge every guest; mobile homes include everyone; a safari tent includes 4.
const INCLUDED: Readonly<Record<DemoTypeCode, number>> = {
  'pitch-standard': 0,
  'pitch-comfort': 0,
  'pitch-lake': 0,
  'mobile-home-4': 4,
  'mobile-home-6': 6,
  'safari-tent': 4,
};
const PERSON: Readonly<
  Record<SeasonCode, readonly [adult: number, child: number]>
> = {
  low: [650, 350],
  mid: [800, 450],
  high: [1000, 600],
  peak: [1200, 700],
};
const PET_VEHICLE: Readonly<
  Record<SeasonCode, readonly [pet: number, vehicle: number]>
> = {
  low: [300, 300],
  mid: [400, 400],
  high: [500, 500],
  peak: [600, 600],
};
const PITCHES: DemoTypeCode[] = [
  'pitch-standard',
  'pitch-comfort',
  'pitch-lake',
];
const RENTALS: DemoTypeCode[] = [
  'mobile-home-4',
  'mobile-home-6',
  'safari-tent',
];

/** Key dates of the demo year: peak runs from the first Saturday on or after 15 July to 1 September. */
export function demoCalendar(year: number) {
  const date = (month: number, day: number, y = year): CalendarDate =>
    parseCalendarDate(
      `${y}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
    );
  const july15 = date(7, 15);
  const peakStart = addDays(july15, (6 - weekdayOf(july15) + 7) % 7);
  return {
    date,
    yearStart: date(1, 1),
    yearEnd: date(1, 1, year + 1),
    peakStart,
    peakEnd: date(9, 1),
  };
}

/**
 * The demo rate card: seasons from 1 January `year` to 1 January `year + 1`. With an
 * `openFrom` before that, a low season runs from it up to 1 January: a demo started in the
 * autumn before the demo year can still take a stay arriving today, so the front desk
 * (check-in on the arrival day) can be tried, and tested, on any day.
 */
export function demoRateCard(year: number, openFrom?: CalendarDate): RateCard {
  const { date, yearStart, yearEnd, peakStart, peakEnd } = demoCalendar(year);
  const range = (arrival: CalendarDate, departure: CalendarDate): DateRange =>
    parseDateRange({ arrival, departure });
  const season = (
    code: SeasonCode,
    from: CalendarDate,
    to: CalendarDate,
  ): Season => ({
    code,
    name: SEASON_NAMES[code],
    range: range(from, to),
  });
  const highStart = date(6, 15);
  const highEnd = date(9, 15);
  return {
    currency: 'EUR',
    seasons: [
      ...(openFrom !== undefined && openFrom < yearStart ? [season('low', openFrom, yearStart)] : []),
      season('low', yearStart, date(5, 1)),
      season('mid', date(5, 1), highStart),
      season('high', highStart, peakStart),
      season('peak', peakStart, peakEnd),
      season('high', peakEnd, highEnd),
      season('mid', highEnd, date(10, 1)),
      season('low', date(10, 1), yearEnd),
    ],
    unitTypeRates: (Object.keys(NIGHTLY) as DemoTypeCode[]).flatMap((type) =>
      SEASON_CODES.map((seasonCode) => ({
        unitTypeCode: type,
        seasonCode,
        nightlyMinor: NIGHTLY[type][seasonCode],
        includedGuests: INCLUDED[type],
      })),
    ),
    ageBands: [
      {
        code: 'adult',
        name: text(
          'Adulti (12+)',
          'Adults (12+)',
          'Erwachsene (12+)',
          'Volwassenen (12+)',
        ),
        minAge: 12,
        maxAge: 120,
      },
      {
        code: 'child',
        name: text(
          'Bambini 3-11',
          'Children 3-11',
          'Kinder 3-11',
          'Kinderen 3-11',
        ),
        minAge: 3,
        maxAge: 11,
      },
      {
        code: 'infant',
        name: text(
          'Neonati 0-2',
          'Infants 0-2',
          'Kleinkinder 0-2',
          'Baby’s 0-2',
        ),
        minAge: 0,
        maxAge: 2,
      },
    ],
    personCharges: SEASON_CODES.flatMap((seasonCode) => [
      { seasonCode, ageBandCode: 'adult', nightlyMinor: PERSON[seasonCode][0] },
      { seasonCode, ageBandCode: 'child', nightlyMinor: PERSON[seasonCode][1] },
      { seasonCode, ageBandCode: 'infant', nightlyMinor: 0 },
    ]),
    surcharges: SEASON_CODES.map((seasonCode) => ({
      seasonCode,
      petNightlyMinor: PET_VEHICLE[seasonCode][0],
      vehicleNightlyMinor: PET_VEHICLE[seasonCode][1],
    })),
    extras: [
      {
        code: 'bed-linen',
        name: text(
          'Biancheria da letto',
          'Bed linen',
          'Bettwäsche',
          'Beddengoed',
        ),
        basis: 'per-person-stay',
        priceMinor: 1200,
        unitTypeCodes: RENTALS,
        maxQuantity: 6,
      },
      {
        code: 'final-cleaning',
        name: text(
          'Pulizia finale',
          'Final cleaning',
          'Endreinigung',
          'Eindschoonmaak',
        ),
        basis: 'per-stay',
        priceMinor: 6000,
        unitTypeCodes: RENTALS,
        maxQuantity: 1,
      },
      {
        code: 'bbq',
        name: text('Barbecue', 'BBQ', 'Grill', 'Barbecue'),
        basis: 'per-night',
        priceMinor: 500,
        unitTypeCodes: [],
        maxQuantity: 1,
      },
      {
        code: 'dog-shower',
        name: text(
          'Doccia per cani',
          'Dog shower',
          'Hundedusche',
          'Hondendouche',
        ),
        basis: 'per-stay',
        priceMinor: 800,
        unitTypeCodes: [],
        maxQuantity: 3,
      },
      {
        code: 'breakfast',
        name: text('Colazione', 'Breakfast', 'Frühstück', 'Ontbijt'),
        basis: 'per-person-night',
        priceMinor: 900,
        unitTypeCodes: [],
        maxQuantity: 6,
      },
      {
        code: 'power-16a',
        name: text('Corrente 16 A', '16 A power', '16-A-Strom', '16 A stroom'),
        basis: 'per-night',
        priceMinor: 300,
        unitTypeCodes: PITCHES,
        maxQuantity: 1,
      },
    ],
    touristTax: {
      perPersonNightMinor: 150,
      exemptUnderAge: 14,
      maxTaxableNights: 7,
    },
    stayRules: [
      // Saturday to Saturday, a week at least, for rentals in peak season.
      {
        code: 'peak-saturday',
        unitTypeCodes: RENTALS,
        range: range(peakStart, peakEnd),
        minNights: 7,
        arrivalWeekdays: [6],
        departureWeekdays: [6],
      },
      {
        code: 'high-pitch-min3',
        unitTypeCodes: PITCHES,
        range: range(highStart, highEnd),
        minNights: 3,
      },
      // Ferragosto and Christmas Eve: reception is closed to arrivals.
      {
        code: 'closed-days',
        unitTypeCodes: [],
        range: range(yearStart, yearEnd),
        closedToArrival: [date(8, 15), date(12, 24)],
      },
      {
        code: 'max-stay',
        unitTypeCodes: [],
        range: range(yearStart, yearEnd),
        maxNights: 28,
      },
    ],
    discounts: [
      {
        code: 'long-stay',
        kind: 'long-stay',
        minNights: 14,
        basisPoints: 1000,
      },
      {
        code: 'early-booking',
        kind: 'early-booking',
        minDaysBeforeArrival: 90,
        basisPoints: 500,
      },
    ],
    cancellation: { freeUntilDaysBefore: 30, feeBasisPoints: 3000 },
  };
}
