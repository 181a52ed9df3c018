import type { MapShape } from '@pitchdesk/domain';
import {
  checkStayRules,
  nights,
  overlaps,
  parseCalendarDate,
  parseDateRange,
  quoteStay,
  searchAvailability,
  unitAccepts,
  validateRateCard,
} from '@pitchdesk/domain';
import { describe, expect, it } from 'vitest';
import {
  DEMO_TYPE_CODES,
  MAP_HEIGHT_M,
  MAP_WIDTH_M,
  demoBookings,
  demoCampsite,
} from './index';

const site = demoCampsite(1, 2026);
const bookings = demoBookings(1, 2000, 2026);
const UUID_V4 =
  /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

// Axis-aligned bounds of a rectangle rotated about its centre.
function bounds(m: MapShape) {
  const rad = (m.rotationDeg * Math.PI) / 180;
  const w =
    Math.abs(m.width * Math.cos(rad)) + Math.abs(m.height * Math.sin(rad));
  const h =
    Math.abs(m.width * Math.sin(rad)) + Math.abs(m.height * Math.cos(rad));
  const cx = m.x + m.width / 2;
  const cy = m.y + m.height / 2;
  return {
    left: cx - w / 2,
    right: cx + w / 2,
    top: cy - h / 2,
    bottom: cy + h / 2,
  };
}

describe('demoCampsite', () => {
  it('is deterministic per seed, and another seed gives other ids', () => {
    expect(demoCampsite(1, 2026)).toEqual(site);
    const other = demoCampsite(2, 2026);
    expect(other.property.id).not.toBe(site.property.id);
    expect(other.units.map((u) => u.code)).toEqual(
      site.units.map((u) => u.code),
    );
  });

  it('is Camping Lago Verde with 6 unit types and about 300 uniquely coded units', () => {
    expect(site.property).toMatchObject({
      slug: 'lago-verde',
      name: 'Camping Lago Verde',
      timeZone: 'Europe/Rome',
      currency: 'EUR',
    });
    expect(site.unitTypes.map((t) => t.code)).toEqual([...DEMO_TYPE_CODES]);
    expect(site.units.length).toBeGreaterThanOrEqual(280);
    expect(site.units.length).toBeLessThanOrEqual(320);
    expect(new Set(site.units.map((u) => u.code)).size).toBe(site.units.length);
    for (const type of site.unitTypes) {
      const ofType = site.units.filter((u) => u.unitTypeId === type.id);
      expect(ofType.length).toBeGreaterThan(0);
      ofType.forEach((u) =>
        expect(u.attributes.maxGuests).toBeLessThanOrEqual(type.maxGuests),
      );
    }
  });

  it('has stable version-4-shaped UUIDs, all distinct', () => {
    const ids = [
      site.property.id,
      ...site.unitTypes.map((t) => t.id),
      ...site.units.map((u) => u.id),
      ...bookings.map((b) => b.id),
    ];
    ids.forEach((id) => expect(id).toMatch(UUID_V4));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('varies unit attributes', () => {
    const distinct = (
      f: (a: (typeof site.units)[number]['attributes']) => unknown,
    ) => new Set(site.units.map((u) => JSON.stringify(f(u.attributes)))).size;
    expect(distinct((a) => a.shade)).toBe(3);
    expect(distinct((a) => a.petsAllowed)).toBe(2);
    expect(distinct((a) => a.accessible)).toBe(2);
    expect(distinct((a) => a.electricityAmps)).toBeGreaterThanOrEqual(3);
    expect(distinct((a) => a.features)).toBeGreaterThan(10);
  });

  it('fits every unit on the 600 x 400 m map without overlaps', () => {
    const boxes = site.units.map((u) => ({ code: u.code, ...bounds(u.map) }));
    for (const b of boxes) {
      expect(b.left).toBeGreaterThanOrEqual(0);
      expect(b.top).toBeGreaterThanOrEqual(0);
      expect(b.right).toBeLessThanOrEqual(MAP_WIDTH_M);
      expect(b.bottom).toBeLessThanOrEqual(MAP_HEIGHT_M);
    }
    const clashes = boxes.flatMap((a, i) =>
      boxes
        .slice(i + 1)
        .filter(
          (b) =>
            a.left < b.right &&
            b.left < a.right &&
            a.top < b.bottom &&
            b.top < a.bottom,
        )
        .map((b) => `${a.code}/${b.code}`),
    );
    expect(clashes).toEqual([]);
  });

  it('has a rate card that validates and covers the whole year', () => {
    expect(
      validateRateCard(
        site.rateCard,
        site.unitTypes.map((t) => t.code),
      ),
    ).toEqual([]);
    const seasons = site.rateCard.seasons;
    expect(seasons[0]?.range.arrival).toBe('2026-01-01');
    expect(seasons.at(-1)?.range.departure).toBe('2027-01-01');
    expect(seasons.reduce((acc, s) => acc + nights(s.range), 0)).toBe(365);
  });

  it('opens early when asked: a low season from the opening day up to the demo year', () => {
    const early = demoCampsite(1, 2026, parseCalendarDate('2025-11-22')).rateCard;
    expect(validateRateCard(early, site.unitTypes.map((t) => t.code))).toEqual([]);
    expect(early.seasons[0]).toMatchObject({ code: 'low', range: { arrival: '2025-11-22', departure: '2026-01-01' } });
    expect(early.seasons.slice(1)).toEqual(site.rateCard.seasons);
    // An opening inside the year changes nothing.
    expect(demoCampsite(1, 2026, parseCalendarDate('2026-03-01')).rateCard).toEqual(site.rateCard);
  });

  it('finds every type for a peak week, except tents for a party with a car; refuses mid-week', () => {
    const result = searchAvailability({
      ...site,
      stay: parseDateRange({ arrival: '2026-08-01', departure: '2026-08-08' }),
      party: { adults: 2, childrenAges: [9, 4], pets: 0, vehicles: 1 },
      bookedOn: parseCalendarDate('2026-03-01'),
      filters: {},
      takenUnitIds: new Set(),
    });
    expect(
      result.map((a) => [
        a.unitType.code,
        a.available,
        a.violations.map((v) => v.code),
      ]),
    ).toEqual([
      ['pitch-standard', true, []],
      ['pitch-comfort', true, []],
      ['pitch-lake', true, []],
      ['mobile-home-4', true, []],
      ['mobile-home-6', true, []],
      ['safari-tent', false, ['NO_VEHICLE_SPACE']],
    ]);
    const midweek = parseDateRange({
      arrival: '2026-08-05',
      departure: '2026-08-12',
    });
    expect(
      checkStayRules(site.rateCard, 'mobile-home-6', midweek).map(
        (v) => v.code,
      ),
    ).toEqual(['ARRIVAL_WEEKDAY', 'DEPARTURE_WEEKDAY']);
  });
});

describe('demoBookings', () => {
  it('is deterministic per seed', () => {
    expect(demoBookings(1, 2000, 2026)).toEqual(bookings);
  });

  it('makes about 2000 bookings, densest in summer', () => {
    expect(bookings.length).toBeGreaterThanOrEqual(1800);
    expect(bookings.length).toBeLessThanOrEqual(2200);
    const inMonth = (m: string) =>
      bookings.filter((b) => b.stay.arrival.slice(5, 7) === m).length;
    expect(inMonth('08')).toBeGreaterThan(inMonth('11') * 3);
    expect(inMonth('07')).toBeGreaterThan(inMonth('02') * 3);
  });

  it('never puts two bookings on the same unit-night', () => {
    const byUnit = new Map<string, typeof bookings>();
    bookings.forEach((b) =>
      byUnit.set(b.unitId, [...(byUnit.get(b.unitId) ?? []), b]),
    );
    const clashes = [...byUnit.values()].flatMap((list) =>
      list.flatMap((a, i) =>
        list
          .slice(i + 1)
          .filter((b) => overlaps(a.stay, b.stay))
          .map((b) => `${a.id}/${b.id}`),
      ),
    );
    expect(clashes).toEqual([]);
  });

  it('respects the stay rules and every unit capacity, and every booking can be quoted', () => {
    const unitById = new Map(site.units.map((u) => [u.id, u]));
    const typeById = new Map(site.unitTypes.map((t) => [t.id, t]));
    for (const b of bookings) {
      const unit = unitById.get(b.unitId);
      const type = unit && typeById.get(unit.unitTypeId);
      expect(unit && type).toBeTruthy();
      if (!unit || !type) {
        continue;
      }
      expect(checkStayRules(site.rateCard, type.code, b.stay)).toEqual([]);
      expect(unitAccepts(unit, b.party)).toEqual([]);
      expect(b.bookedOn < b.stay.arrival).toBe(true);
      const quote = quoteStay(site.rateCard, {
        unitTypeCode: type.code,
        stay: b.stay,
        party: b.party,
        extras: [],
        bookedOn: b.bookedOn,
      });
      expect(quote.totalMinor).toBeGreaterThan(0);
    }
  });

  it('gives every booking a plausible lead guest with a unique example.com address', () => {
    const emails = bookings.map((b) => b.guest.email);
    expect(new Set(emails).size).toBe(emails.length);
    bookings.forEach((b) => {
      expect(b.guest.email).toMatch(/^[a-z]+\.[a-z]+\.\d+@example\.com$/);
      expect(b.guest.country).toMatch(/^[A-Z]{2}$/);
    });
  });
});
