/**
 * What `/config.json` holds. One build serves every stage: each stage's static
 * host serves its own file, so nothing stage-specific is baked into the bundle.
 */
export interface RuntimeConfigValues {
  /** Base of every API call, e.g. `/api` (same origin, routed by CloudFront or the dev proxy). */
  readonly apiBaseUrl: string;
  /** Mercure hub endpoint used for realtime subscriptions. */
  readonly hubUrl: string;
  /** The property (campsite) this stage serves, by slug, e.g. `lago-verde`. */
  readonly propertySlug: string;
}

const REQUIRED_KEYS = ['apiBaseUrl', 'hubUrl', 'propertySlug'] as const;

/**
 * Validates `/config.json`. Hand-written rather than zod on purpose: this runs
 * before the first render, and keeping zod out of the initial bundle saves
 * ~100 kB for every guest on a phone.
 */
export function parseRuntimeConfig(raw: unknown): RuntimeConfigValues {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new Error('Runtime configuration must be a JSON object');
  }
  const record = raw as Record<string, unknown>;
  const invalid = REQUIRED_KEYS.filter((key) => typeof record[key] !== 'string' || record[key] === '');
  if (invalid.length > 0) {
    throw new Error(`Runtime configuration needs non-empty string(s): ${invalid.join(', ')}`);
  }
  return {
    apiBaseUrl: record['apiBaseUrl'] as string,
    hubUrl: record['hubUrl'] as string,
    propertySlug: record['propertySlug'] as string,
  };
}

/** Joins the API base and a path without doubling or dropping the slash. */
export function joinApiUrl(apiBaseUrl: string, path: string): string {
  return `${apiBaseUrl.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
}
