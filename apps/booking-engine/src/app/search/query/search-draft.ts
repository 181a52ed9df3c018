import type { Shade } from '@pitchdesk/domain';

/**
 * The search form as the guest is filling it in: dates are `YYYY-MM-DD` once they are
 * dates and the guest's text until then; a child's age is null until chosen. Only a
 * draft that passes `validateDraft` becomes a search.
 */
export interface SearchDraft {
  readonly arrival: string;
  readonly departure: string;
  readonly adults: number;
  readonly childrenAges: readonly (number | null)[];
  readonly pets: number;
  readonly vehicles: number;
  readonly types: readonly string[];
  readonly electricity: boolean;
  readonly shade: readonly Shade[];
  readonly petsAllowed: boolean;
  readonly accessible: boolean;
}

/** Limits of the availability API's query (libs/contracts availability-query.ts). */
export const PARTY_LIMITS = { adults: { min: 1, max: 20 }, children: 12, childAge: 17, pets: 6, vehicles: 6 } as const;

export const SHADES: readonly Shade[] = ['none', 'partial', 'full'];

export const EMPTY_DRAFT: SearchDraft = {
  arrival: '',
  departure: '',
  adults: 2,
  childrenAges: [],
  pets: 0,
  vehicles: 0,
  types: [],
  electricity: false,
  shade: [],
  petsAllowed: false,
  accessible: false,
};

/** Whether any filter narrows the search (the filters section opens when one does). */
export function hasFilters(draft: SearchDraft): boolean {
  return draft.types.length > 0 || draft.shade.length > 0 || draft.electricity || draft.petsAllowed || draft.accessible;
}
