import type { RateCard } from '@pitchdesk/domain';
import type { PropertyCatalogue } from '../../core/booking-api';
import type { GuestLocale } from '../../core/guest-locale';

/** Names the API sends in every language, looked up by code; null when unknown (an old rate card). */
export interface QuoteNames {
  readonly unitType: (code: string) => string | null;
  readonly season: (code: string) => string | null;
  readonly ageBand: (code: string) => string | null;
  readonly extra: (code: string) => string | null;
}

type Named = { readonly code: string; readonly name: Readonly<Record<GuestLocale, string>> };

function lookup(items: readonly Named[] | undefined, locale: GuestLocale): (code: string) => string | null {
  const names = new Map((items ?? []).map((item) => [item.code, item.name[locale]]));
  return (code) => names.get(code) ?? null;
}

export function quoteNames(card: RateCard | undefined, catalogue: PropertyCatalogue | undefined, locale: GuestLocale): QuoteNames {
  return {
    unitType: lookup(catalogue?.unitTypes, locale),
    season: lookup(card?.seasons, locale),
    ageBand: lookup(card?.ageBands, locale),
    extra: lookup(card?.extras, locale),
  };
}
