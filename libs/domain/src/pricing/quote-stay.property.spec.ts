import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Party } from '../inventory/inventory';
import { addDays } from '../stays/calendar-date';
import type { DateRange } from '../stays/date-range';
import { parseDateRange } from '../stays/date-range';
import { d, lagoCard } from '../testing/lago-fixture';
import type { ExtraChoice, Quote, QuoteRequest } from './quote';
import { quoteStay } from './quote-stay';
import type { RateCard } from './rate-card';

const yearStart = d('2026-01-01');
const stayArb = (maxNights: number): fc.Arbitrary<DateRange> =>
  fc
    .tuple(
      fc.integer({ min: 0, max: 364 - maxNights }),
      fc.integer({ min: 1, max: maxNights }),
    )
    .map(([start, length]) =>
      parseDateRange({
        arrival: addDays(yearStart, start),
        departure: addDays(yearStart, start + length),
      }),
    );
const partyArb: fc.Arbitrary<Party> = fc.record({
  adults: fc.integer({ min: 1, max: 4 }),
  childrenAges: fc.array(fc.integer({ min: 0, max: 17 }), { maxLength: 3 }),
  pets: fc.integer({ min: 0, max: 2 }),
  vehicles: fc.integer({ min: 0, max: 2 }),
});
const typeArb = fc.constantFrom(
  'pitch-comfort',
  'mobile-home-6',
  'safari-tent',
);

/** Extras valid for the type and party: quantities within each extra's limits. */
function extrasFor(
  card: RateCard,
  unitTypeCode: string,
  party: Party,
  picks: readonly number[],
  nightlyOnly: boolean,
): ExtraChoice[] {
  const guests = party.adults + party.childrenAges.length;
  return card.extras
    .filter(
      (e) =>
        e.unitTypeCodes.length === 0 || e.unitTypeCodes.includes(unitTypeCode),
    )
    .filter(
      (e) =>
        !nightlyOnly ||
        e.basis === 'per-night' ||
        e.basis === 'per-person-night',
    )
    .map((e, i) => {
      const max = e.basis.startsWith('per-person')
        ? Math.min(e.maxQuantity, guests)
        : e.maxQuantity;
      return { code: e.code, quantity: (picks[i] ?? 0) % (max + 1) };
    });
}

const requestArb = (
  card: RateCard,
  nightlyOnly = false,
): fc.Arbitrary<QuoteRequest> =>
  fc
    .tuple(
      typeArb,
      stayArb(30),
      partyArb,
      fc.array(fc.nat(), { minLength: 5, maxLength: 5 }),
      fc.integer({ min: 0, max: 200 }),
    )
    .map(([unitTypeCode, stay, party, picks, daysBefore]) => ({
      unitTypeCode,
      stay,
      party,
      extras: extrasFor(card, unitTypeCode, party, picks, nightlyOnly),
      bookedOn: addDays(stay.arrival, -daysBefore),
    }));

// Any card shaped like the fixture, with random non-negative prices and discounts up to 100 %.
const cardArb: fc.Arbitrary<RateCard> = fc
  .tuple(
    fc.array(fc.integer({ min: 0, max: 50_000 }), {
      minLength: 40,
      maxLength: 40,
    }),
    fc.integer({ min: 0, max: 10_000 }),
    fc.integer({ min: 0, max: 10_000 }),
  )
  .map(([prices, longStay, early]) => {
    let next = 0;
    const p = () => prices[next++ % prices.length] ?? 0;
    return {
      ...lagoCard,
      unitTypeRates: lagoCard.unitTypeRates.map((rate) => ({
        ...rate,
        nightlyMinor: p(),
      })),
      personCharges: lagoCard.personCharges.map((c) => ({
        ...c,
        nightlyMinor: p(),
      })),
      surcharges: lagoCard.surcharges.map((s) => ({
        ...s,
        petNightlyMinor: p(),
        vehicleNightlyMinor: p(),
      })),
      discounts: [
        {
          code: 'long-stay',
          kind: 'long-stay',
          minNights: 3,
          basisPoints: longStay,
        },
        {
          code: 'early-booking',
          kind: 'early-booking',
          minDaysBeforeArrival: 10,
          basisPoints: early,
        },
      ],
    };
  });
const cardAndRequestArb = cardArb.chain((card) =>
  requestArb(card).map((request) => ({ card, request })),
);

const NIGHTLY_KINDS = new Set([
  'accommodation',
  'person',
  'pet',
  'vehicle',
  'extra',
  'tourist-tax',
]);
/** Amounts of the per-night lines, keyed by what they are, so whole and parts compare. */
function nightlyAmounts(quotes: readonly Quote[]): Map<string, number> {
  const totals = new Map<string, number>();
  for (const line of quotes.flatMap((q) => q.lines)) {
    expect(NIGHTLY_KINDS.has(line.kind)).toBe(true);
    const key = `${line.kind}/${line.code}/${line.seasonCode ?? ''}`;
    totals.set(key, (totals.get(key) ?? 0) + line.amountMinor);
  }
  return totals;
}

describe('quoteStay properties', () => {
  it('total is the sum of the lines, lines are quantity x unit, and the total is never negative', () => {
    fc.assert(
      fc.property(cardAndRequestArb, ({ card, request }) => {
        const q = quoteStay(card, request);
        expect(q.totalMinor).toBe(
          q.lines.reduce((acc, l) => acc + l.amountMinor, 0),
        );
        q.lines.forEach((l) => {
          expect(l.amountMinor).toBe(l.quantity * l.unitMinor);
          expect(Number.isSafeInteger(l.amountMinor)).toBe(true);
          expect(
            l.kind === 'discount' ? l.amountMinor <= 0 : l.amountMinor >= 0,
          ).toBe(true);
        });
        expect(q.totalMinor).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it('is deterministic and leaves its inputs alone', () => {
    fc.assert(
      fc.property(cardAndRequestArb, ({ card, request }) => {
        const before = structuredClone({ card, request });
        expect(quoteStay(card, request)).toEqual(
          quoteStay(structuredClone(card), structuredClone(request)),
        );
        expect({ card, request }).toEqual(before);
      }),
    );
  });

  it('splitting a stay into consecutive sub-stays prices the nightly lines the same', () => {
    // No stay-level rule: no discounts, no tax cap, only per-night extras.
    const card: RateCard = {
      ...lagoCard,
      discounts: [],
      touristTax: { ...lagoCard.touristTax, maxTaxableNights: 1000 },
    };
    const splitArb = requestArb(card, true).chain((request) =>
      fc
        .uniqueArray(fc.integer({ min: 1, max: 29 }), { maxLength: 4 })
        .map((cuts) => ({ request, cuts })),
    );
    fc.assert(
      fc.property(splitArb, ({ request, cuts }) => {
        const whole = quoteStay(card, request);
        const points = [
          ...cuts.filter((c) => c < whole.nights),
          0,
          whole.nights,
        ].sort((a, b) => a - b);
        const parts = points.slice(1).map((end, i) =>
          quoteStay(card, {
            ...request,
            stay: parseDateRange({
              arrival: addDays(request.stay.arrival, points[i] ?? 0),
              departure: addDays(request.stay.arrival, end),
            }),
          }),
        );
        expect(nightlyAmounts(parts)).toEqual(nightlyAmounts([whole]));
        expect(parts.reduce((acc, q) => acc + q.totalMinor, 0)).toBe(
          whole.totalMinor,
        );
      }),
    );
  });
});
