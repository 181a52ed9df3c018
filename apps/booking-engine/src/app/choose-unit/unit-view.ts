import type { MapShape, Unit, UnitAttributes } from '@pitchdesk/domain';
import { unitFacts, unitLabel } from './unit-facts';

/** Free: the guest can choose it. Unavailable: taken for some night, or it does not take this party. */
export type UnitState = 'free' | 'unavailable';

/** A unit of the chosen type as the map and the list show it. */
export interface UnitView {
  readonly id: string;
  readonly code: string;
  readonly map: MapShape;
  readonly attributes: UnitAttributes;
  readonly state: UnitState;
  /** Key attributes, in the guest's language, e.g. `80 m²`, `electricity 10 A`. */
  readonly facts: readonly string[];
  /** The whole unit in one phrase, for screen readers: code first, state last. */
  readonly label: string;
}

/** The guest's choice: one unit, any unit of the type (the system assigns one), or none yet. */
export type UnitChoice = { readonly kind: 'unit'; readonly unitId: string } | { readonly kind: 'any' } | { readonly kind: 'none' };

export function toUnitViews(units: readonly Unit[], freeIds: ReadonlySet<string>, locale: string): UnitView[] {
  return units
    .map((unit) => {
      const state: UnitState = freeIds.has(unit.id) ? 'free' : 'unavailable';
      const facts = unitFacts(unit.attributes, locale);
      return { id: unit.id, code: unit.code, map: unit.map, attributes: unit.attributes, state, facts, label: unitLabel(unit.code, facts, state) };
    })
    .sort((a, b) => a.code.localeCompare(b.code, locale, { numeric: true }));
}
