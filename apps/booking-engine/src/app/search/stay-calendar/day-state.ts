import type { CalendarDate, RateCard, RuleViolationCode } from '@pitchdesk/domain';
import { addDays, checkStayRules, daysBetween } from '@pitchdesk/domain';

/**
 * What a day of the date picker offers:
 * - `open`: some unit type takes this day; `nights` is the shortest stay from it
 *   (arrival) or the stay's length (departure).
 * - `closed`: the stay rules allow no arrival (or departure) that day.
 * - `full`: the rules allow it, but no unit type has a free unit that night.
 * - `outside`: in the past, or not after the chosen arrival.
 */
export type DayState =
  | { readonly kind: 'open'; readonly nights: number }
  | { readonly kind: 'closed' }
  | { readonly kind: 'full' }
  | { readonly kind: 'outside' };

/** What the picker knows: rules (once loaded), free units per night (when the API has them). */
export interface StayCalendarContext {
  readonly today: CalendarDate;
  /** Null until loaded (or when it failed): every day is then open, the API decides. */
  readonly card: RateCard | null;
  /** The unit types the guest is searching (all of them when not filtered). */
  readonly typeCodes: readonly string[];
  /** Free units of a type on a night; undefined when unknown (not loaded, or no endpoint). */
  readonly free: (unitTypeCode: string, night: CalendarDate) => number | undefined;
}

// The rules that forbid arriving on a day whatever the length of the stay. Minimum and
// maximum stays and departure rules depend on the departure, so they are hints here.
const ARRIVAL_BLOCKERS: ReadonlySet<RuleViolationCode> = new Set(['NOT_BOOKABLE', 'ARRIVAL_WEEKDAY', 'CLOSED_TO_ARRIVAL']);

export function arrivalDayState(context: StayCalendarContext, day: CalendarDate): DayState {
  const { card } = context;
  if (day < context.today) {
    return { kind: 'outside' };
  }
  if (!card) {
    return { kind: 'open', nights: 1 };
  }
  let allowed = false;
  let shortest = Number.POSITIVE_INFINITY;
  for (const code of context.typeCodes) {
    const violations = checkStayRules(card, code, { arrival: day, departure: addDays(day, 1) });
    if (violations.some((violation) => ARRIVAL_BLOCKERS.has(violation.code))) {
      continue;
    }
    allowed = true;
    if (context.free(code, day) === 0) {
      continue;
    }
    const minimum = violations.find((violation) => violation.code === 'MIN_NIGHTS');
    shortest = Math.min(shortest, minimum?.code === 'MIN_NIGHTS' ? minimum.params.minNights : 1);
  }
  if (!allowed) {
    return { kind: 'closed' };
  }
  return Number.isFinite(shortest) ? { kind: 'open', nights: shortest } : { kind: 'full' };
}

export function departureDayState(context: StayCalendarContext, arrival: CalendarDate, day: CalendarDate): DayState {
  const { card } = context;
  const nights = daysBetween(arrival, day);
  if (nights < 1) {
    return { kind: 'outside' };
  }
  if (!card) {
    return { kind: 'open', nights };
  }
  let allowed = false;
  for (const code of context.typeCodes) {
    if (checkStayRules(card, code, { arrival, departure: day }).length > 0) {
      continue;
    }
    allowed = true;
    if (freeEveryNight(context, code, arrival, nights)) {
      return { kind: 'open', nights };
    }
  }
  return allowed ? { kind: 'full' } : { kind: 'closed' };
}

// Necessary, not sufficient: one unit free on the first night and another on the second
// do not make a stay. The results (the API) tell the truth; this only greys out the
// days that certainly fail.
function freeEveryNight(context: StayCalendarContext, code: string, arrival: CalendarDate, nights: number): boolean {
  for (let index = 0; index < nights; index++) {
    if (context.free(code, addDays(arrival, index)) === 0) {
      return false;
    }
  }
  return true;
}
