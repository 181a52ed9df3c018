import type { CalendarDate } from '@pitchdesk/domain';
import type { GuestLocale } from '../../core/guest-locale';
import { isIsoDate, isoFromParts } from './iso-date';

/**
 * How a date is typed in each language: always day first (it, de, nl and British English
 * all write it so; a European campsite's English guests are mostly British), with the
 * separator the language uses. The hint next to the field says the same.
 */
const SEPARATORS: Readonly<Record<GuestLocale, string>> = { it: '/', en: '/', de: '.', nl: '-' };

const DAY_FIRST = /^(\d{1,2})\s*[./\-\s]\s*(\d{1,2})\s*[./\-\s]\s*(\d{4})$/;

/**
 * What the guest typed, read as a date: `YYYY-MM-DD` when it is one (day first with any of
 * `/ . -` or a space, or ISO), otherwise the trimmed text itself, so the form keeps the
 * input and validation can say what is wrong with it.
 */
export function readTypedDate(text: string): string {
  const trimmed = text.trim();
  if (isIsoDate(trimmed)) {
    return trimmed;
  }
  const match = DAY_FIRST.exec(trimmed);
  if (match) {
    const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const iso = isoFromParts(year, month, day);
    // 31/02/2027 rolls over to March in Date: reject it instead of guessing.
    if (month >= 1 && month <= 12 && Number(iso.slice(8, 10)) === day) {
      return iso;
    }
  }
  return trimmed;
}

/** A date as the guest would type it: `17/07/2027`, `17.07.2027`, `17-07-2027`. */
export function formatTypedDate(date: CalendarDate, locale: GuestLocale): string {
  const separator = SEPARATORS[locale];
  return [date.slice(8, 10), date.slice(5, 7), date.slice(0, 4)].join(separator);
}

/** Text for an input bound to `value`: formatted when it is a date, as typed otherwise. */
export function displayTypedDate(value: string, locale: GuestLocale): string {
  return isIsoDate(value) ? formatTypedDate(value, locale) : value;
}
