import type { ElementRef } from '@angular/core';
import { ChangeDetectionStrategy, Component, computed, input, output, viewChild } from '@angular/core';
import type { Params } from '@angular/router';
import { formatCalendarDate } from '../../core/calendar-dates';
import { injectGuestLocale } from '../../core/guest-locale';
import { daysBetween } from '../dates/iso-date';
import { fieldErrorsFromApi } from '../query/field-errors';
import { ResultCard } from './result-card';
import type { ResultsState } from './results-loader';
import type { UnitTypeFacts } from './unit-type-facts';

/** Skeletons shown while the first answer is on its way, when the catalogue has not said how many. */
const DEFAULT_SKELETONS = 3;

/**
 * The results under the form. Space is reserved (skeletons the size of a card) so that
 * nothing jumps when prices arrive; a status region says how many fit, an alert says
 * when the API cannot be reached.
 */
@Component({
  selector: 'be-search-results',
  imports: [ResultCard],
  templateUrl: './search-results.html',
  styleUrl: './search-results.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SearchResults {
  readonly state = input.required<ResultsState>();
  readonly facts = input<ReadonlyMap<string, UnitTypeFacts>>(new Map());
  readonly queryParams = input<Params>({});
  /** How many unit types the answer will list, for as many skeletons. */
  readonly expectedCount = input<number | undefined>(undefined);
  readonly retry = output<void>();

  private readonly locale = injectGuestLocale();
  private readonly heading = viewChild<ElementRef<HTMLElement>>('heading');

  protected readonly skeletons = computed(() => Array.from({ length: this.expectedCount() ?? DEFAULT_SKELETONS }, (_, index) => index));
  protected readonly response = computed(() => {
    const state = this.state();
    return state.kind === 'ready' ? state.response : null;
  });
  protected readonly availableCount = computed(() => this.response()?.results.filter((result) => result.available).length ?? 0);
  protected readonly stay = computed(() => {
    const state = this.state();
    if (state.kind === 'idle') {
      return null;
    }
    const { arrival, departure } = state.search;
    return {
      arrival: formatCalendarDate(arrival, this.locale, 'medium'),
      departure: formatCalendarDate(departure, this.locale, 'medium'),
      nights: daysBetween(arrival, departure),
    };
  });
  /** A refusal: the form marks the fields it names; anything else is said here. */
  protected readonly refusal = computed(() => {
    const state = this.state();
    if (state.kind !== 'refused') {
      return null;
    }
    const onFields = Object.keys(fieldErrorsFromApi(state.problem.fields)).length > 0;
    return { onFields, message: state.problem.message };
  });

  /** After a search the guest asked for: move them to the answer (not while typing). */
  focusHeading(): void {
    this.heading()?.nativeElement.focus();
  }
}
