import type { Shade, Unit } from '../inventory/inventory';

/**
 * What a guest filters units by. Every field is optional and all given ones must hold.
 * Boolean filters only ever narrow: `true` requires the feature, `false` is the same as
 * leaving it out (asking for "no electricity" is not a thing guests do). An empty list
 * is no constraint.
 */
export interface UnitFilters {
  /** Unit type codes to search; checked by type, see {@link unitMatches}. */
  readonly unitTypeCodes?: readonly string[];
  readonly petsAllowed?: boolean;
  readonly accessible?: boolean;
  readonly electricity?: boolean;
  readonly water?: boolean;
  readonly drainage?: boolean;
  /** Any of these shades. */
  readonly shade?: readonly Shade[];
  /** The guest's vehicle length: units must take at least this. */
  readonly minVehicleLengthM?: number;
  /** Feature codes the unit must all have. */
  readonly features?: readonly string[];
}

/**
 * Whether a unit passes the filters. A unit only knows its type's id, so the
 * `unitTypeCodes` filter is applied only when `unitTypeCode` is passed (as
 * `searchAvailability` does per type).
 */
export function unitMatches(
  unit: Unit,
  filters: UnitFilters,
  unitTypeCode?: string,
): boolean {
  const a = unit.attributes;
  const codes = filters.unitTypeCodes ?? [];
  const shades = filters.shade ?? [];
  return (
    (unitTypeCode === undefined ||
      codes.length === 0 ||
      codes.includes(unitTypeCode)) &&
    (filters.petsAllowed !== true || a.petsAllowed) &&
    (filters.accessible !== true || a.accessible) &&
    (filters.electricity !== true || a.electricityAmps !== null) &&
    (filters.water !== true || a.water) &&
    (filters.drainage !== true || a.drainage) &&
    (shades.length === 0 || shades.includes(a.shade)) &&
    (filters.minVehicleLengthM === undefined ||
      (a.maxVehicleLengthM !== null &&
        a.maxVehicleLengthM >= filters.minVehicleLengthM)) &&
    (filters.features ?? []).every((feature) => a.features.includes(feature))
  );
}
