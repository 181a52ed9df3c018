import type { RateCard, StayRule } from '../pricing/rate-card';
import { nightsBySeason } from '../pricing/season-nights';
import { weekdayOf } from '../pricing/weekday';
import type { DateRange } from '../stays/date-range';
import { contains, nights as nightsOf } from '../stays/range-algebra';
import type { RuleViolation } from './rule-violation';

function ruleViolations(rule: StayRule, stay: DateRange): RuleViolation[] {
  const ruleCode = rule.code;
  const nights = nightsOf(stay);
  const found: RuleViolation[] = [];
  if (rule.minNights !== undefined && nights < rule.minNights) {
    found.push({
      code: 'MIN_NIGHTS',
      params: { minNights: rule.minNights, ruleCode },
    });
  }
  if (rule.maxNights !== undefined && nights > rule.maxNights) {
    found.push({
      code: 'MAX_NIGHTS',
      params: { maxNights: rule.maxNights, ruleCode },
    });
  }
  if (
    rule.arrivalWeekdays &&
    !rule.arrivalWeekdays.includes(weekdayOf(stay.arrival))
  ) {
    found.push({
      code: 'ARRIVAL_WEEKDAY',
      params: { weekdays: [...rule.arrivalWeekdays], ruleCode },
    });
  }
  if (
    rule.departureWeekdays &&
    !rule.departureWeekdays.includes(weekdayOf(stay.departure))
  ) {
    found.push({
      code: 'DEPARTURE_WEEKDAY',
      params: { weekdays: [...rule.departureWeekdays], ruleCode },
    });
  }
  if (rule.closedToArrival?.includes(stay.arrival)) {
    found.push({
      code: 'CLOSED_TO_ARRIVAL',
      params: { date: stay.arrival, ruleCode },
    });
  }
  if (rule.closedToDeparture?.includes(stay.departure)) {
    found.push({
      code: 'CLOSED_TO_DEPARTURE',
      params: { date: stay.departure, ruleCode },
    });
  }
  return found;
}

/**
 * Everything that keeps a unit type from being booked for `stay`, in a fixed order:
 * first `NOT_BOOKABLE` for the first night with no season or no rate for the type (one
 * violation, not one per night), then, rule by rule in card order, the stay rules whose
 * range holds the ARRIVAL date and that cover the type. Empty when the stay is allowed.
 */
export function checkStayRules(
  card: RateCard,
  unitTypeCode: string,
  stay: DateRange,
): RuleViolation[] {
  const bySeason = nightsBySeason(card, unitTypeCode, stay);
  const unbookable: RuleViolation[] =
    'unpriced' in bySeason
      ? [{ code: 'NOT_BOOKABLE', params: { night: bySeason.unpriced.night } }]
      : [];
  const ruled = card.stayRules
    .filter(
      (rule) =>
        (rule.unitTypeCodes.length === 0 ||
          rule.unitTypeCodes.includes(unitTypeCode)) &&
        contains(rule.range, stay.arrival),
    )
    .flatMap((rule) => ruleViolations(rule, stay));
  return [...unbookable, ...ruled];
}
