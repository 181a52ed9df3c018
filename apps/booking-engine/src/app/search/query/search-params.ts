import type { Params } from '@angular/router';
import type { StaySearch } from '../../core/booking-api';
import type { SearchDraft } from './search-draft';
import { EMPTY_DRAFT, PARTY_LIMITS, SHADES } from './search-draft';

/**
 * The search lives in the URL, under the availability API's own query names
 * (`arrival`, `departure`, `adults`, `children=4,7`, `pets`, `vehicles`, `types`,
 * `electricity`, `shade`, `petsAllowed`, `accessible`): a reload, a shared link or a
 * language switch (another build, a full page load) runs the same search.
 */
export function draftFromParams(params: Params): SearchDraft {
  const text = (name: string): string => (typeof params[name] === 'string' ? (params[name] as string) : '');
  const list = (name: string): string[] =>
    text(name)
      .split(',')
      .map((item) => item.trim())
      .filter(Boolean);
  const flag = (name: string): boolean => text(name) === 'true';
  // Out-of-range or garbled numbers fall back to the default rather than failing the page:
  // a hand-edited link still opens the form with everything else the guest asked for.
  const count = (name: string, min: number, max: number, fallback: number): number => {
    const value = Number(text(name) || Number.NaN);
    return Number.isInteger(value) && value >= min && value <= max ? value : fallback;
  };
  const ages = list('children')
    .map(Number)
    .filter((age) => Number.isInteger(age) && age >= 0 && age <= PARTY_LIMITS.childAge)
    .slice(0, PARTY_LIMITS.children);
  return {
    arrival: text('arrival'),
    departure: text('departure'),
    adults: count('adults', PARTY_LIMITS.adults.min, PARTY_LIMITS.adults.max, EMPTY_DRAFT.adults),
    childrenAges: ages,
    pets: count('pets', 0, PARTY_LIMITS.pets, 0),
    vehicles: count('vehicles', 0, PARTY_LIMITS.vehicles, 0),
    types: [...new Set(list('types'))],
    electricity: flag('electricity'),
    shade: SHADES.filter((shade) => list('shade').includes(shade)),
    petsAllowed: flag('petsAllowed'),
    accessible: flag('accessible'),
  };
}

/** The query string of a search: only what is set, so URLs stay short and stable. */
export function paramsFromSearch(search: StaySearch): Params {
  const params: Record<string, string> = {
    arrival: search.arrival,
    departure: search.departure,
    adults: String(search.adults),
  };
  if (search.childrenAges.length > 0) {
    params['children'] = search.childrenAges.join(',');
  }
  if (search.pets > 0) {
    params['pets'] = String(search.pets);
  }
  if (search.vehicles > 0) {
    params['vehicles'] = String(search.vehicles);
  }
  if (search.types?.length) {
    params['types'] = search.types.join(',');
  }
  if (search.shade?.length) {
    params['shade'] = search.shade.join(',');
  }
  for (const name of ['electricity', 'petsAllowed', 'accessible'] as const) {
    if (search[name]) {
      params[name] = 'true';
    }
  }
  return params;
}

/** Whether two searches ask the same question of the API. */
export function sameSearch(a: StaySearch, b: StaySearch): boolean {
  return JSON.stringify(paramsFromSearch(a)) === JSON.stringify(paramsFromSearch(b));
}
