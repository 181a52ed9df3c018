import type { StaySearch } from '../../core/booking-api';
import { availabilityParams } from '../../core/booking-api';

/**
 * The guest's search as query parameters for a link back to the results or the map, in
 * the names the availability query uses (the pages read them back the same way).
 */
export function searchQueryParams(search: StaySearch): Record<string, string> {
  const params = availabilityParams(search, '');
  return Object.fromEntries(params.keys().filter((key) => key !== 'lang').map((key) => [key, params.get(key) ?? '']));
}
