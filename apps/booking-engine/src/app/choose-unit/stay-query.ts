import type { ParamMap, Params } from '@angular/router';
import type { StaySearch } from '../core/booking-api';

const SHADES = ['none', 'partial', 'full'] as const;
type ShadeOption = (typeof SHADES)[number];

/** The query parameter that keeps the chosen unit (by code) across a reload or a language switch. */
export const UNIT_PARAM = 'unit';
/** `unit=any`: the guest asked the system to assign a unit of the type. */
export const ANY_UNIT = 'any';

/**
 * The stay and party from the page's query string (the availability query names the search
 * page links with). Null when something the hold needs is missing or malformed: the page
 * then sends the guest back to the search instead of guessing.
 */
export function parseStaySearch(params: Pick<ParamMap, 'get'>): StaySearch | null {
  const arrival = calendarDate(params.get('arrival'));
  const departure = calendarDate(params.get('departure'));
  const adults = count(params.get('adults'), 1, 20);
  const childrenAges = list(params.get('children')).map((age) => count(age, 0, 17));
  const pets = count(params.get('pets') ?? '0', 0, 6);
  const vehicles = count(params.get('vehicles') ?? '0', 0, 6);
  if (!arrival || !departure || departure <= arrival || adults === null || pets === null || vehicles === null) {
    return null;
  }
  if (childrenAges.some((age) => age === null) || childrenAges.length > 12) {
    return null;
  }
  const types = list(params.get('types'));
  const shade = list(params.get('shade')).filter((value): value is ShadeOption => (SHADES as readonly string[]).includes(value));
  return {
    arrival,
    departure,
    adults,
    childrenAges: childrenAges as number[],
    pets,
    vehicles,
    ...(types.length > 0 && { types }),
    ...(shade.length > 0 && { shade }),
    ...(params.get('electricity') === 'true' && { electricity: true }),
    ...(params.get('petsAllowed') === 'true' && { petsAllowed: true }),
    ...(params.get('accessible') === 'true' && { accessible: true }),
  };
}

/** The query string without the unit choice: the way back to the search results. */
export function searchParamsOf(params: Params): Params {
  const rest: Record<string, unknown> = { ...params };
  delete rest[UNIT_PARAM];
  return rest;
}

/** Nights of the half-open stay [arrival, departure); dates are labels, so counted in UTC. */
export function nightsOf(search: Pick<StaySearch, 'arrival' | 'departure'>): number {
  const day = (date: string) => Date.parse(`${date}T00:00:00Z`) / 86_400_000;
  return Math.round(day(search.departure) - day(search.arrival));
}

function calendarDate(value: string | null): string | null {
  if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    return null;
  }
  // Rejects 2027-02-30: a real date formats back to itself.
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(value) ? value : null;
}

function count(value: string | null, min: number, max: number): number | null {
  if (value === null || !/^\d{1,3}$/.test(value.trim())) {
    return null;
  }
  const parsed = Number(value.trim());
  return parsed >= min && parsed <= max ? parsed : null;
}

function list(value: string | null): string[] {
  return (value ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
}
