import { parseQualityList } from './quality-list.ts';

const primary = (tag: string): string => tag.split('-')[0] ?? tag;

/**
 * The locale to send a visitor to: the first of their `Accept-Language` preferences the
 * build has, matching a regional tag to its language (`de-CH` -> `de`); otherwise `fallback`.
 */
export function preferredLocale(acceptLanguage: string | undefined, available: readonly string[], fallback: string): string {
  for (const { value: tag } of parseQualityList(acceptLanguage).filter((entry) => entry.q > 0)) {
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
