import { isCalendarDate } from '../stays/calendar-date';
import type { RateCard } from '../pricing/rate-card';
import { basisPointsProblem, duplicates, intProblem, unknown } from './checks';
import {
  ageBandProblems,
  priceProblems,
  seasonProblems,
} from './validate-prices';

function extraProblems(card: RateCard, types: ReadonlySet<string>): string[] {
  return [
    ...duplicates(
      card.extras.map((e) => e.code),
      'extra',
    ),
    ...card.extras.flatMap((extra) => [
      ...unknown(extra.unitTypeCodes, types, `extra ${extra.code} unit type`),
      ...intProblem(extra.priceMinor, `extra ${extra.code} priceMinor`),
      ...intProblem(extra.maxQuantity, `extra ${extra.code} maxQuantity`, 1),
    ]),
  ];
}

function stayRuleProblems(
  card: RateCard,
  types: ReadonlySet<string>,
): string[] {
  return card.stayRules.flatMap((rule) => {
    const what = `stay rule ${rule.code}`;
    const weekdays = [
      ...(rule.arrivalWeekdays ?? []),
      ...(rule.departureWeekdays ?? []),
    ];
    const dates = [
      ...(rule.closedToArrival ?? []),
      ...(rule.closedToDeparture ?? []),
    ];
    return [
      ...unknown(rule.unitTypeCodes, types, `${what} unit type`),
      ...(rule.minNights === undefined
        ? []
        : intProblem(rule.minNights, `${what} minNights`, 1)),
      ...(rule.maxNights === undefined
        ? []
        : intProblem(rule.maxNights, `${what} maxNights`, 1)),
      ...(rule.minNights !== undefined &&
      rule.maxNights !== undefined &&
      rule.minNights > rule.maxNights
        ? [`${what}: minNights ${rule.minNights} > maxNights ${rule.maxNights}`]
        : []),
      ...weekdays
        .filter((d) => !Number.isInteger(d) || d < 1 || d > 7)
        .map((d) => `${what}: weekday ${d} is not 1..7`),
      ...dates
        .filter((d) => !isCalendarDate(d))
        .map((d) => `${what}: "${d}" is not a date`),
    ];
  });
}

function adjustmentProblems(card: RateCard): string[] {
  const tax = card.touristTax;
  return [
    ...intProblem(tax.perPersonNightMinor, 'tourist tax perPersonNightMinor'),
    ...intProblem(tax.exemptUnderAge, 'tourist tax exemptUnderAge'),
    ...intProblem(tax.maxTaxableNights, 'tourist tax maxTaxableNights'),
    ...duplicates(
      card.discounts.map((d) => d.code),
      'discount',
    ),
    ...card.discounts.flatMap((d) => [
      ...basisPointsProblem(d.basisPoints, `discount ${d.code}`),
      ...(d.kind === 'long-stay'
        ? intProblem(d.minNights, `discount ${d.code} minNights`, 1)
        : intProblem(
            d.minDaysBeforeArrival,
            `discount ${d.code} minDaysBeforeArrival`,
          )),
    ]),
    ...basisPointsProblem(card.cancellation.feeBasisPoints, 'cancellation fee'),
    ...intProblem(
      card.cancellation.freeUntilDaysBefore,
      'cancellation freeUntilDaysBefore',
    ),
  ];
}

/**
 * Every problem with a rate card, as sentences for the staff member editing it; empty
 * when it is sound. Checks: currency code, overlapping or broken seasons, rates and
 * charges for unknown unit types / seasons / age bands, duplicates, missing person
 * charges or surcharges for a priced season, age bands with gaps or overlaps or not
 * starting at 0, negative or fractional prices, contradictory stay rules, rates
 * outside 0..100 %.
 */
export function validateRateCard(
  card: RateCard,
  unitTypeCodes: readonly string[],
): string[] {
  const types = new Set(unitTypeCodes);
  return [
    ...(/^[A-Z]{3}$/.test(card.currency)
      ? []
      : [`currency "${card.currency}" is not an ISO 4217 code`]),
    ...seasonProblems(card),
    ...ageBandProblems(card),
    ...priceProblems(card, unitTypeCodes),
    ...extraProblems(card, types),
    ...stayRuleProblems(card, types),
    ...adjustmentProblems(card),
  ];
}
