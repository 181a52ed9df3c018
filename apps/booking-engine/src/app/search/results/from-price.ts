import type { QuoteResponse } from '@pitchdesk/contracts';

// Lines priced per night carry their season; tourist tax, extras and discounts do not.
const NIGHTLY_KINDS: ReadonlySet<string> = new Set(['accommodation', 'person', 'pet', 'vehicle']);

/**
 * The cheapest night of the stay for this party, before tourist tax and discounts: the
 * "from ... per night" next to the total. A stay across two seasons costs the lower
 * season's nightly sum; null when the quote has no nightly lines.
 */
export function fromPricePerNight(quote: QuoteResponse): number | null {
  const bySeason = new Map<string, { amount: number; nights: number }>();
  for (const line of quote.lines) {
    if (!NIGHTLY_KINDS.has(line.kind) || line.seasonCode === undefined) {
      continue;
    }
    const season = bySeason.get(line.seasonCode) ?? { amount: 0, nights: 0 };
    season.amount += line.amountMinor;
    // The accommodation line's quantity is the season's nights; the others count guests too.
    if (line.kind === 'accommodation') {
      season.nights += line.quantity;
    }
    bySeason.set(line.seasonCode, season);
  }
  const nightly = [...bySeason.values()].filter((season) => season.nights > 0).map((season) => Math.floor(season.amount / season.nights));
  return nightly.length > 0 ? Math.min(...nightly) : null;
}
