import type { Extra, ExtraBasis, ExtraChoice, Party, RateCard } from '@pitchdesk/domain';

/** An extra the guest may add to this stay, with the most they may take. */
export interface ExtraOffer {
  readonly code: string;
  readonly basis: ExtraBasis;
  readonly priceMinor: number;
  readonly maxQuantity: number;
}

const perPerson = (basis: ExtraBasis): boolean => basis === 'per-person-night' || basis === 'per-person-stay';

/**
 * The extras offered with a unit type, in rate-card order. Per-person extras are taken
 * by at most every guest (the domain refuses more), so the choice never offers more.
 */
export function extraOffers(card: RateCard, unitTypeCode: string, party: Party): ExtraOffer[] {
  const guests = party.adults + party.childrenAges.length;
  return card.extras
    .filter((extra: Extra) => extra.unitTypeCodes.length === 0 || extra.unitTypeCodes.includes(unitTypeCode))
    .map((extra) => ({
      code: extra.code,
      basis: extra.basis,
      priceMinor: extra.priceMinor,
      maxQuantity: perPerson(extra.basis) ? Math.min(extra.maxQuantity, guests) : extra.maxQuantity,
    }))
    .filter((offer) => offer.maxQuantity > 0);
}

/**
 * The choices with one extra set to a quantity: 0 removes it (the API takes only 1..99),
 * and the order of the other choices is kept.
 */
export function withQuantity(choices: readonly ExtraChoice[], code: string, quantity: number): ExtraChoice[] {
  const others = choices.filter((choice) => choice.code !== code);
  if (quantity <= 0) {
    return others;
  }
  const index = choices.findIndex((choice) => choice.code === code);
  const next = { code, quantity };
  return index < 0 ? [...others, next] : choices.map((choice) => (choice.code === code ? next : choice));
}

/** Choices the offers still allow: an extra no longer offered, or more than allowed, is dropped. */
export function allowedChoices(choices: readonly ExtraChoice[], offers: readonly ExtraOffer[]): ExtraChoice[] {
  return choices.flatMap((choice) => {
    const offer = offers.find((candidate) => candidate.code === choice.code);
    return offer ? [{ code: choice.code, quantity: Math.min(choice.quantity, offer.maxQuantity) }] : [];
  });
}
