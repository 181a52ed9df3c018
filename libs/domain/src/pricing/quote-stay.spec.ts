import { describe, expect, it } from 'vitest';
import type { Party } from '../inventory/inventory';
import { d, lagoCard, r } from '../testing/lago-fixture';
import type { ExtraChoice, QuoteLine, QuoteLineKind } from './quote';
import { quoteStay } from './quote-stay';
import type { RateCard } from './rate-card';

const party = (
  adults: number,
  childrenAges: number[] = [],
  pets = 0,
  vehicles = 0,
): Party => ({
  adults,
  childrenAges,
  pets,
  vehicles,
});
const line = (
  kind: QuoteLineKind,
  code: string,
  quantity: number,
  unitMinor: number,
  seasonCode?: string,
): QuoteLine => ({
  kind,
  code,
  quantity,
  unitMinor,
  amountMinor: quantity * unitMinor,
  ...(seasonCode === undefined ? {} : { seasonCode }),
});
const discount = (
  code: string,
  amountMinor: number,
  basisPoints: number,
  baseMinor: number,
): QuoteLine => ({
  kind: 'discount',
  code,
  quantity: 1,
  unitMinor: amountMinor,
  amountMinor,
  basisPoints,
  baseMinor,
});
const quote = (
  unitTypeCode: string,
  stay: [string, string],
  who: Party,
  bookedOn: string,
  extras: ExtraChoice[] = [],
  card: RateCard = lagoCard,
) =>
  quoteStay(card, {
    unitTypeCode,
    stay: r(...stay),
    party: who,
    extras,
    bookedOn: d(bookedOn),
  });

describe('quoteStay', () => {
  it.each([
    {
      name: 'pitch in May: 2 adults, a child of 8, an infant, a dog and a car',
      q: () =>
        quote(
          'pitch-comfort',
          ['2026-05-10', '2026-05-13'],
          party(2, [8, 1], 1, 1),
          '2026-05-01',
        ),
      lines: [
        line('accommodation', 'mid', 3, 1900, 'mid'),
        line('person', 'adult', 6, 850, 'mid'),
        line('person', 'child', 3, 500, 'mid'),
        line('person', 'infant', 3, 0, 'mid'),
        line('pet', 'mid', 3, 400, 'mid'),
        line('vehicle', 'mid', 3, 300, 'mid'),
        line('tourist-tax', 'tourist-tax', 6, 150), // the 8-year-old and the infant are exempt
      ],
      total: 15300,
    },
    {
      name: 'DST weekend across a season boundary: 2 nights low, 2 nights Easter',
      q: () =>
        quote(
          'pitch-comfort',
          ['2026-03-27', '2026-03-31'],
          party(2),
          '2026-03-01',
        ),
      lines: [
        line('accommodation', 'low', 2, 1500, 'low'),
        line('accommodation', 'easter', 2, 1800, 'easter'),
        line('person', 'adult', 4, 700, 'low'),
        line('person', 'adult', 4, 800, 'easter'),
        line('tourist-tax', 'tourist-tax', 8, 150),
      ],
      total: 13800,
    },
    {
      name: 'autumn DST week (25 October) is 7 plain low nights',
      q: () =>
        quote(
          'pitch-comfort',
          ['2026-10-22', '2026-10-29'],
          party(1),
          '2026-10-01',
        ),
      lines: [
        line('accommodation', 'low', 7, 1500, 'low'),
        line('person', 'adult', 7, 700, 'low'),
        line('tourist-tax', 'tourist-tax', 7, 150),
      ],
      total: 16450,
    },
    {
      name: 'mobile home, two peak weeks booked in March: long-stay + early-booking, tax capped',
      q: () =>
        quote(
          'mobile-home-6',
          ['2026-08-01', '2026-08-15'],
          party(2, [13, 10]),
          '2026-03-01',
          [
            { code: 'final-cleaning', quantity: 1 },
            { code: 'bed-linen', quantity: 4 },
          ],
        ),
      lines: [
        line('accommodation', 'peak', 14, 15500, 'peak'),
        line('extra', 'bed-linen', 4, 1200),
        line('extra', 'final-cleaning', 1, 5000),
        discount('long-stay', -21700, 1000, 217000),
        discount('early-booking', -10850, 500, 217000),
        line('tourist-tax', 'tourist-tax', 14, 150), // 2 adults x 7 nights; 13 and 10 exempt
      ],
      total: 196350,
    },
    {
      name: 'safari tent includes 2 places: they go to the adult and one child, the other child pays',
      q: () =>
        quote(
          'safari-tent',
          ['2026-06-20', '2026-06-23'],
          party(1, [5, 7]),
          '2026-06-01',
        ),
      lines: [
        line('accommodation', 'high', 3, 9000, 'high'),
        line('person', 'child', 3, 600, 'high'),
        line('tourist-tax', 'tourist-tax', 3, 150),
      ],
      total: 29250,
    },
    {
      name: 'a 12-year-old pays as an adult; included places go to the highest charges first',
      q: () =>
        quote(
          'safari-tent',
          ['2026-06-20', '2026-06-21'],
          party(1, [2, 12, 4]),
          '2026-06-01',
        ),
      lines: [
        line('accommodation', 'high', 1, 9000, 'high'),
        line('person', 'child', 1, 600, 'high'),
        line('person', 'infant', 1, 0, 'high'),
        line('tourist-tax', 'tourist-tax', 1, 150),
      ],
      total: 9750,
    },
    {
      name: 'per-night and per-person-night extras count nights (and persons)',
      q: () =>
        quote(
          'pitch-comfort',
          ['2026-10-05', '2026-10-09'],
          party(2, [4]),
          '2026-09-30',
          [
            { code: 'breakfast', quantity: 3 },
            { code: 'bbq', quantity: 2 },
            { code: 'dog-shower', quantity: 0 },
          ],
        ),
      lines: [
        line('accommodation', 'low', 4, 1500, 'low'),
        line('person', 'adult', 8, 700, 'low'),
        line('person', 'child', 4, 400, 'low'),
        line('extra', 'bbq', 8, 500),
        line('extra', 'breakfast', 12, 950),
        line('tourist-tax', 'tourist-tax', 8, 150),
      ],
      total: 6000 + 5600 + 1600 + 4000 + 11400 + 1200,
    },
    {
      name: 'discount rounds half-up: 10 % of 20.05 is 2.01',
      q: () =>
        quote(
          'pitch-comfort',
          ['2026-02-02', '2026-02-03'],
          party(1),
          '2026-02-01',
          [],
          {
            ...lagoCard,
            unitTypeRates: [
              {
                unitTypeCode: 'pitch-comfort',
                seasonCode: 'low',
                nightlyMinor: 1305,
                includedGuests: 0,
              },
            ],
            discounts: [
              {
                code: 'winter',
                kind: 'long-stay',
                minNights: 1,
                basisPoints: 1000,
              },
            ],
          },
        ),
      lines: [
        line('accommodation', 'low', 1, 1305, 'low'),
        line('person', 'adult', 1, 700, 'low'),
        discount('winter', -201, 1000, 2005),
        line('tourist-tax', 'tourist-tax', 1, 150),
      ],
      total: 1954,
    },
    {
      name: 'discounts above 100 % are capped at the base, tax still due',
      q: () =>
        quote(
          'pitch-comfort',
          ['2026-02-02', '2026-02-03'],
          party(1),
          '2026-02-01',
          [],
          {
            ...lagoCard,
            discounts: [
              { code: 'a', kind: 'long-stay', minNights: 1, basisPoints: 8000 },
              {
                code: 'b',
                kind: 'early-booking',
                minDaysBeforeArrival: 0,
                basisPoints: 8000,
              },
            ],
          },
        ),
      lines: [
        line('accommodation', 'low', 1, 1500, 'low'),
        line('person', 'adult', 1, 700, 'low'),
        discount('a', -1760, 8000, 2200),
        discount('b', -440, 8000, 2200),
        line('tourist-tax', 'tourist-tax', 1, 150),
      ],
      total: 150,
    },
  ])('$name', ({ q, lines, total }) => {
    const result = q();
    expect(result.lines).toEqual(lines);
    expect(result.totalMinor).toBe(total);
    expect(result.currency).toBe('EUR');
  });

  it('early booking needs the full 90 days before arrival', () => {
    const stay: [string, string] = ['2026-08-01', '2026-08-08'];
    const codes = (bookedOn: string) =>
      quote('mobile-home-6', stay, party(2), bookedOn).lines.map((l) => l.code);
    expect(codes('2026-05-03')).toContain('early-booking'); // 90 days
    expect(codes('2026-05-04')).not.toContain('early-booking'); // 89 days
  });

  it('counts the nights of a stay', () => {
    expect(
      quote(
        'pitch-comfort',
        ['2026-10-22', '2026-10-29'],
        party(1),
        '2026-10-01',
      ).nights,
    ).toBe(7);
  });
});
