interface Preference {
  readonly tag: string;
  readonly q: number;
  readonly order: number;
}

/** `it-IT,it;q=0.9,en;q=0.5` -> preferences, best first; q=0 means "not this one". */
function preferences(acceptLanguage: string): Preference[] {
  return acceptLanguage
    .split(',')
    .map((part, order) => {
      const [tag = '', ...params] = part.trim().split(';');
      const qParam = params.map((param) => /^\s*q\s*=\s*([0-9.]+)\s*$/.exec(param)?.[1]).find((q) => q !== undefined);
      const q = qParam === undefined ? 1 : Number(qParam);
      return { tag: tag.trim().toLowerCase(), q: Number.isFinite(q) ? q : 0, order };
    })
    .filter((preference) => preference.tag !== '' && preference.q > 0)
    .sort((a, b) => b.q - a.q || a.order - b.order);
}

const primary = (tag: string): string => tag.split('-')[0] ?? tag;

/**
 * The locale to send a visitor to: the first of their `Accept-Language` preferences the
 * build has, matching a regional tag to its language (`de-CH` -> `de`); otherwise `fallback`.
 */
export function preferredLocale(acceptLanguage: string | undefined, available: readonly string[], fallback: string): string {
  for (const { tag } of preferences(acceptLanguage ?? '')) {
    if (tag === '*') {
      return fallback;
    }
    const match =
      available.find((locale) => locale.toLowerCase() === tag) ??
      available.find((locale) => primary(locale.toLowerCase()) === primary(tag));
    if (match !== undefined) {
      return match;
    }
  }
  return fallback;
}
