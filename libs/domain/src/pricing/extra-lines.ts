import { PricingError, PricingErrorCode } from './pricing-error';
import type { ExtraChoice, QuoteLine } from './quote';
import { checkedPrice, priceLine } from './quote-line';
import type { Extra, RateCard } from './rate-card';

function invalidQuantity(message: string): PricingError {
  return new PricingError(PricingErrorCode.EXTRA_QUANTITY_INVALID, message);
}

/** Chargeable units of an extra: `per-stay` as chosen, the others times nights and/or persons. */
function lineQuantity(extra: Extra, chosen: number, nights: number): number {
  switch (extra.basis) {
    case 'per-stay':
    case 'per-person-stay':
      return chosen;
    case 'per-night':
    case 'per-person-night':
      return chosen * nights;
  }
}

/**
 * One line per chosen extra, in rate-card order (not request order, so the same
 * choices always give the same quote). A quantity of 0 means "not taken". For the
 * per-person bases the quantity is the number of guests taking it (at most the party).
 * @throws {PricingError} `UNKNOWN_EXTRA`, `EXTRA_NOT_OFFERED`, `EXTRA_QUANTITY_INVALID`.
 */
export function extraLines(
  card: RateCard,
  unitTypeCode: string,
  choices: readonly ExtraChoice[],
  nights: number,
  guests: number,
): QuoteLine[] {
  const chosen = new Map<string, number>();
  for (const choice of choices) {
    const extra = card.extras.find((e) => e.code === choice.code);
    if (!extra) {
      throw new PricingError(
        PricingErrorCode.UNKNOWN_EXTRA,
        `unknown extra "${choice.code}"`,
      );
    }
    if (
      extra.unitTypeCodes.length > 0 &&
      !extra.unitTypeCodes.includes(unitTypeCode)
    ) {
      throw new PricingError(
        PricingErrorCode.EXTRA_NOT_OFFERED,
        `extra "${extra.code}" is not offered with ${unitTypeCode}`,
      );
    }
    if (chosen.has(extra.code)) {
      throw invalidQuantity(`extra "${extra.code}" is chosen twice`);
    }
    const perPerson =
      extra.basis === 'per-person-night' || extra.basis === 'per-person-stay';
    const max = perPerson
      ? Math.min(extra.maxQuantity, guests)
      : extra.maxQuantity;
    if (
      !Number.isSafeInteger(choice.quantity) ||
      choice.quantity < 0 ||
      choice.quantity > max
    ) {
      throw invalidQuantity(
        `extra "${extra.code}" takes a quantity of 0..${max}, got ${choice.quantity}`,
      );
    }
    chosen.set(extra.code, choice.quantity);
  }
  return card.extras.flatMap((extra) => {
    const quantity = chosen.get(extra.code) ?? 0;
    return quantity === 0
      ? []
      : [
          priceLine(
            card.currency,
            'extra',
            extra.code,
            lineQuantity(extra, quantity, nights),
            checkedPrice(extra.priceMinor, `extra ${extra.code}`),
          ),
        ];
  });
}
