import type { QuoteLine, QuoteLineKind } from '@pitchdesk/domain';
import type { GuestLocale } from '../../core/guest-locale';
import { formatMoney } from '../../core/money';
import type { QuoteNames } from './quote-names';

/** A quote as the API or the domain gives it; discount details are optional on the wire. */
export interface ShownQuote {
  readonly currency: string;
  readonly nights: number;
  readonly totalMinor: number;
  readonly lines: readonly (Omit<QuoteLine, 'basisPoints' | 'baseMinor'> & Partial<Pick<QuoteLine, 'basisPoints' | 'baseMinor'>>)[];
}

/** One line of the itemised price, ready for the template. */
export interface QuoteRow {
  readonly kind: QuoteLineKind;
  readonly code: string;
  /** The name the data gives (unit type, age band, extra); null for kinds named by the UI. */
  readonly name: string | null;
  readonly season: string | null;
  /** Guests, pets or vehicles per night, and nights, when the quantity splits that way. */
  readonly perNight: { readonly count: number; readonly nights: number } | null;
  readonly quantity: number;
  readonly unitPrice: string;
  readonly amount: string;
  readonly percent: string | null;
  readonly base: string | null;
}

const percentFormats = new Map<string, Intl.NumberFormat>();

function formatPercent(basisPoints: number, locale: string): string {
  let format = percentFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 2 });
    percentFormats.set(locale, format);
  }
  return format.format(basisPoints / 10_000);
}

/** Nights per season, from the accommodation lines (one per season the stay reaches). */
function nightsBySeason(quote: ShownQuote): Map<string, number> {
  return new Map(quote.lines.filter((line) => line.kind === 'accommodation').map((line) => [line.code, line.quantity]));
}

export function quoteRows(quote: ShownQuote, names: QuoteNames, unitTypeCode: string, locale: GuestLocale): QuoteRow[] {
  const money = (minor: number): string => formatMoney(minor, quote.currency, locale);
  const seasonNights = nightsBySeason(quote);
  return quote.lines.map((line) => {
    const nights = line.seasonCode ? seasonNights.get(line.seasonCode) : undefined;
    const splits = line.kind !== 'accommodation' && nights !== undefined && nights > 0 && line.quantity % nights === 0;
    return {
      kind: line.kind,
      code: line.code,
      name: nameOf(line.kind, line.code, names, unitTypeCode),
      season: line.seasonCode ? names.season(line.seasonCode) : null,
      perNight: splits ? { count: line.quantity / nights, nights } : null,
      quantity: line.quantity,
      unitPrice: money(line.unitMinor),
      amount: money(line.amountMinor),
      percent: line.basisPoints === undefined ? null : formatPercent(line.basisPoints, locale),
      base: line.baseMinor === undefined ? null : money(line.baseMinor),
    };
  });
}

function nameOf(kind: QuoteLineKind, code: string, names: QuoteNames, unitTypeCode: string): string | null {
  switch (kind) {
    case 'accommodation':
      return names.unitType(unitTypeCode);
    case 'person':
      return names.ageBand(code);
    case 'extra':
      return names.extra(code);
    case 'pet':
    case 'vehicle':
    case 'discount':
    case 'tourist-tax':
      return null;
  }
}
