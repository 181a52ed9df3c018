import { computed, inject, resource, Service } from '@angular/core';
import type { CalendarDate } from '@pitchdesk/domain';
import { CLOCK } from '../dates/clock';
import { addDays, addMonths, daysBetween, todayIn } from '../dates/iso-date';
import type { DayState, StayCalendarContext } from './day-state';
import { NightOccupancyStore } from './night-occupancy-store';
import { firstOfferedDay, pricedTypeCodes } from './offered-days';
import { PropertyCatalogueStore } from './property-catalogue-store';

const OUTSIDE: DayState = { kind: 'outside' };
const ONE_NIGHT: DayState = { kind: 'open', nights: 1 };

/** How far ahead the picker goes when the rate card does not say (it has not loaded). */
const MONTHS_AHEAD_WITHOUT_RATES = 24;

/**
 * What the date picker shows for each day: the stay rules of the rate card, evaluated in
 * the browser by the shared domain code, and the free units per night. Provided by the
 * search page.
 */
@Service({ autoProvided: false })
export class StayCalendar {
  private readonly store = inject(PropertyCatalogueStore);
  private readonly occupancy = inject(NightOccupancyStore);
  private readonly now = inject(CLOCK);

  /**
   * The stay rules (the domain's pricing and rule code) are loaded beside the API calls
   * instead of before the first render. Until then (or if it
   * fails) every day from today is open and the results explain the rules.
   */
  private readonly rules = resource({ loader: () => import('./day-state') });
  private readonly card = computed(() => (this.store.rateCard.hasValue() ? this.store.rateCard.value() : null));
  readonly occupancyUnknown = this.occupancy.unavailable;

  /** Today where the campsite is (the browser's zone until the catalogue says). */
  readonly today = computed(() => {
    const catalogue = this.store.catalogue.hasValue() ? this.store.catalogue.value() : undefined;
    return todayIn(catalogue?.property.timeZone, this.now());
  });

  /** The earliest day to offer: today, or the first priced day when the season starts later. */
  readonly firstDay = computed(() => firstOfferedDay(this.card(), this.today()));

  /** The last day to offer: the end of the last priced season. */
  readonly lastDay = computed(() => {
    const ends = (this.card()?.seasons ?? []).map((season) => season.range.departure);
    if (ends.length === 0) {
      return addMonths(this.today(), MONTHS_AHEAD_WITHOUT_RATES);
    }
    return ends.reduce((last, end) => (end > last ? end : last));
  });

  /** Day states for arriving, for the unit types searched (all when `types` is empty). */
  arrivalStates(types: readonly string[]): (day: CalendarDate) => DayState {
    const context = this.context(types);
    const rules = this.rules.hasValue() ? this.rules.value() : null;
    return (day) => (rules ? rules.arrivalDayState(context, day) : day < context.today ? OUTSIDE : ONE_NIGHT);
  }

  /** Day states for leaving after `arrival`. */
  departureStates(arrival: CalendarDate, types: readonly string[]): (day: CalendarDate) => DayState {
    const context = this.context(types);
    const rules = this.rules.hasValue() ? this.rules.value() : null;
    return (day) => (rules ? rules.departureDayState(context, arrival, day) : day <= arrival ? OUTSIDE : { kind: 'open', nights: daysBetween(arrival, day) });
  }

  /** Every day from today open: for a departure chosen before the arrival. */
  futureDays(): (day: CalendarDate) => DayState {
    const today = this.today();
    return (day) => (day < today ? OUTSIDE : ONE_NIGHT);
  }

  /** Where the departure picker starts when none is chosen: the shortest stay from the arrival. */
  suggestedDeparture(arrival: CalendarDate, types: readonly string[]): CalendarDate {
    const state = this.arrivalStates(types)(arrival);
    return addDays(arrival, state.kind === 'open' ? state.nights : 1);
  }

  /** The picker shows the month of `day`: load its free units. */
  showMonth(day: CalendarDate): void {
    this.occupancy.ensureMonth(day);
  }

  // Reads the signals it depends on, so callers inside `computed` recompute when the rate
  // card, the catalogue or the free units change.
  private context(types: readonly string[]): StayCalendarContext {
    this.occupancy.version();
    const card = this.card();
    const catalogue = this.store.catalogue.hasValue() ? this.store.catalogue.value() : undefined;
    const known = catalogue ? catalogue.unitTypes.map((type) => type.code) : card ? pricedTypeCodes(card) : [];
    // A filter naming no known type (a stale link) must not close every day.
    const searched = known.filter((code) => types.includes(code));
    return {
      today: this.today(),
      card,
      typeCodes: searched.length > 0 ? searched : known,
      free: (code, night) => this.occupancy.free(code, night),
    };
  }
}
