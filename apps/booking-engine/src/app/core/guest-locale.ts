import { inject, LOCALE_ID } from '@angular/core';

/** The languages the booking engine is built in; one build per language under /{locale}/. */
export const GUEST_LOCALES = ['it', 'en', 'de', 'nl'] as const;
export type GuestLocale = (typeof GUEST_LOCALES)[number];

/** Names of the languages in themselves, for the language switch. */
export const LOCALE_NAMES: Readonly<Record<GuestLocale, string>> = { it: 'Italiano', en: 'English', de: 'Deutsch', nl: 'Nederlands' };

export function asGuestLocale(value: string): GuestLocale {
  const language = value.slice(0, 2).toLowerCase();
  return (GUEST_LOCALES as readonly string[]).includes(language) ? (language as GuestLocale) : 'en';
}

/** The language this build was compiled for (Angular's LOCALE_ID, e.g. `it`). */
export function injectGuestLocale(): GuestLocale {
  return asGuestLocale(inject(LOCALE_ID));
}

/** Text the API sends in every guest language (unit type names, descriptions). */
export type LocalizedText = Readonly<Record<GuestLocale, string>>;
