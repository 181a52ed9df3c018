import type { Unit, UnitType } from '@pitchdesk/domain';

/** What the units of a type have in common or at best, for the result card's key facts. */
export interface UnitTypeFacts {
  readonly minSizeM2: number;
  readonly maxSizeM2: number;
  readonly units: number;
  readonly electricity: boolean;
  readonly petsAllowed: boolean;
  readonly accessible: boolean;
}

/** Facts per unit type code, from the catalogue's units. Types without units are left out. */
export function unitTypeFacts(unitTypes: readonly UnitType[], units: readonly Unit[]): ReadonlyMap<string, UnitTypeFacts> {
  const facts = new Map<string, UnitTypeFacts>();
  for (const type of unitTypes) {
    const ofType = units.filter((unit) => unit.unitTypeId === type.id);
    if (ofType.length === 0) {
      continue;
    }
    const sizes = ofType.map((unit) => unit.attributes.sizeM2);
    facts.set(type.code, {
      minSizeM2: Math.min(...sizes),
      maxSizeM2: Math.max(...sizes),
      units: ofType.length,
      electricity: ofType.some((unit) => unit.attributes.electricityAmps !== null),
      petsAllowed: ofType.some((unit) => unit.attributes.petsAllowed),
      accessible: ofType.some((unit) => unit.attributes.accessible),
    });
  }
  return facts;
}
