import { describe, expect, it } from 'vitest';
import type { Party, Unit } from '../inventory/inventory';
import { lagoUnits } from '../testing/lago-fixture';
import type { RuleViolationCode } from './rule-violation';
import { unitAccepts } from './unit-accepts';
import type { UnitFilters } from './unit-filters';
import { unitMatches } from './unit-filters';

const byCode = (code: string): Unit => {
  const unit = lagoUnits.find((u) => u.code === code);
  if (!unit) {
    throw new Error(`fixture has no unit ${code}`);
  }
  return unit;
};
const party = (
  adults: number,
  childrenAges: number[],
  pets: number,
  vehicles: number,
): Party => ({
  adults,
  childrenAges,
  pets,
  vehicles,
});

describe('unitAccepts', () => {
  it.each<[string, Party, RuleViolationCode[]]>([
    ['P01', party(2, [8, 1], 1, 1), []],
    ['P02', party(2, [], 1, 0), ['PETS_NOT_ALLOWED']],
    ['T01', party(2, [6, 4], 0, 0), []],
    ['T01', party(2, [6, 4, 0], 0, 0), ['TOO_MANY_GUESTS']], // the infant takes a place
    ['T02', party(2, [6], 0, 1), ['NO_VEHICLE_SPACE']],
    [
      'T01',
      party(4, [1], 1, 1),
      ['TOO_MANY_GUESTS', 'PETS_NOT_ALLOWED', 'NO_VEHICLE_SPACE'],
    ],
    ['MH02', party(6, [], 0, 1), ['TOO_MANY_GUESTS']],
  ])('%s with %o', (code, who, expected) => {
    expect(unitAccepts(byCode(code), who).map((v) => v.code)).toEqual(expected);
  });

  it('says how many guests fit', () => {
    expect(unitAccepts(byCode('MH02'), party(6, [], 0, 0))).toEqual([
      { code: 'TOO_MANY_GUESTS', params: { maxGuests: 5 } },
    ]);
  });
});

describe('unitMatches', () => {
  const matching = (filters: UnitFilters, withType = false) =>
    lagoUnits
      .filter((u) =>
        unitMatches(
          u,
          filters,
          withType
            ? u.unitTypeId === 't-pitch'
              ? 'pitch-comfort'
              : 'other'
            : undefined,
        ),
      )
      .map((u) => u.code);

  it.each<[string, UnitFilters, string[]]>([
    ['no filter', {}, ['P01', 'P02', 'P03', 'MH01', 'MH02', 'T01', 'T02']],
    ['pets', { petsAllowed: true }, ['P01', 'P03', 'MH02']],
    [
      'false is no constraint',
      { petsAllowed: false, accessible: false },
      ['P01', 'P02', 'P03', 'MH01', 'MH02', 'T01', 'T02'],
    ],
    ['accessible', { accessible: true }, ['P03']],
    [
      'electricity',
      { electricity: true, drainage: true },
      ['P01', 'MH01', 'MH02', 'T01', 'T02'],
    ],
    [
      'water',
      { water: true },
      ['P01', 'P02', 'P03', 'MH01', 'MH02', 'T01', 'T02'],
    ],
    ['shade', { shade: ['full', 'none'] }, ['P01', 'P02']],
    [
      'empty shade list',
      { shade: [] },
      ['P01', 'P02', 'P03', 'MH01', 'MH02', 'T01', 'T02'],
    ],
    ['a 7 m camper', { minVehicleLengthM: 7 }, ['P01', 'P02']],
    ['all features', { features: ['lake-view'] }, ['P01']],
    [
      'missing one feature',
      { features: ['lake-view', 'air-conditioning'] },
      [],
    ],
  ])('%s', (_name, filters, expected) => {
    expect(matching(filters)).toEqual(expected);
  });

  it('checks unit type codes only when the type is known', () => {
    expect(matching({ unitTypeCodes: ['pitch-comfort'] }, true)).toEqual([
      'P01',
      'P02',
      'P03',
    ]);
    expect(matching({ unitTypeCodes: ['pitch-comfort'] })).toHaveLength(
      lagoUnits.length,
    );
  });
});
