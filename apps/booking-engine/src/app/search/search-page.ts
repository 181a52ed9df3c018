import { afterNextRender, ChangeDetectionStrategy, Component, computed, DestroyRef, effect, inject, Injector, linkedSignal, signal, untracked, viewChild } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router } from '@angular/router';
import type { AvailabilityChange } from '@pitchdesk/contracts';
import type { StaySearch } from '../core/booking-api';
import { injectGuestLocale } from '../core/guest-locale';
import { LiveAvailability, overlapsStay } from '@pitchdesk/shared/data-access-api';
import { SearchForm } from './form/search-form';
import type { FieldErrors } from './query/field-errors';
import { fieldErrorsFromApi } from './query/field-errors';
import { draftFromParams, paramsFromSearch, sameSearch } from './query/search-params';
import { validateDraft } from './query/validate-draft';
import { ResultsLoader } from './results/results-loader';
import { SearchResults } from './results/search-results';
import { unitTypeFacts } from './results/unit-type-facts';
import { NightOccupancyStore } from './stay-calendar/night-occupancy-store';
import { PropertyCatalogueStore } from './stay-calendar/property-catalogue-store';
import { StayCalendar } from './stay-calendar/stay-calendar';

/**
 * The landing page: the search form and, below it, the results. The URL holds the search
 * (reload, share, language switch); the form holds what the guest is typing.
 */
@Component({
  selector: 'be-search-page',
  imports: [SearchForm, SearchResults],
  providers: [PropertyCatalogueStore, NightOccupancyStore, StayCalendar, ResultsLoader],
  templateUrl: './search-page.html',
  styleUrl: './search-page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SearchPage {
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly injector = inject(Injector);
  private readonly destroyRef = inject(DestroyRef);
  private readonly locale = injectGuestLocale();
  private readonly live = inject(LiveAvailability);
  private readonly occupancy = inject(NightOccupancyStore);
  private readonly calendar = inject(StayCalendar);
  private readonly store = inject(PropertyCatalogueStore);
  protected readonly loader = inject(ResultsLoader);

  private readonly form = viewChild.required(SearchForm);
  private readonly results = viewChild.required(SearchResults);
  private readonly queryParams = toSignal(this.route.queryParams, { initialValue: this.route.snapshot.queryParams });
  /** Set by a search the guest asked for: their focus moves to its answer, once. */
  private answerExpected = false;
  private watching = false;

  private readonly urlDraft = computed(() => draftFromParams(this.queryParams()));
  private readonly urlSearch = computed(() => validateDraft(this.urlDraft(), this.calendar.today()).search ?? null);
  /** The form: filled from the URL, then the guest's (a back/forward navigation refills it). */
  protected readonly draft = linkedSignal(() => this.urlDraft());
  protected readonly serverErrors = signal<FieldErrors>({});

  private readonly catalogue = computed(() => (this.store.catalogue.hasValue() ? this.store.catalogue.value() : undefined));
  protected readonly typeOptions = computed(() => this.catalogue()?.unitTypes.map((type) => ({ code: type.code, name: type.name[this.locale] })) ?? []);
  protected readonly facts = computed(() => {
    const catalogue = this.catalogue();
    return catalogue ? unitTypeFacts(catalogue.unitTypes, catalogue.units) : new Map();
  });
  protected readonly resultParams = computed(() => {
    const state = this.loader.state();
    return state.kind === 'idle' ? {} : paramsFromSearch(state.search);
  });
  protected readonly expectedCount = computed(() => {
    const types = this.catalogue()?.unitTypes.length;
    const searched = this.urlDraft().types.length;
    return searched > 0 ? searched : types;
  });

  constructor() {
    effect(() => {
      const search = this.urlSearch();
      untracked(() => this.runUrlSearch(search));
    });
    effect(() => {
      const state = this.loader.state();
      untracked(() => this.onResultsState(state.kind));
    });
    effect(() => {
      const propertyId = this.catalogue()?.property.id;
      if (propertyId && !this.watching) {
        this.watching = true;
        untracked(() => this.watchAvailability(propertyId));
      }
    });
  }

  protected onSearch(search: StaySearch): void {
    this.answerExpected = true;
    this.serverErrors.set({});
    const current = this.urlSearch();
    if (current && sameSearch(current, search)) {
      // Same URL: the router would not navigate, but the guest asked again.
      this.loader.load(search);
      return;
    }
    void this.router.navigate([], { queryParams: paramsFromSearch(search) });
  }

  protected retry(): void {
    this.answerExpected = true;
    this.loader.retryNow();
  }

  private runUrlSearch(search: StaySearch | null): void {
    const state = this.loader.state();
    if (!search) {
      // Back to a URL without a search: results of another one would contradict the form.
      this.loader.clear();
    } else if (state.kind === 'idle' || !sameSearch(state.search, search)) {
      this.loader.load(search);
    }
  }

  private onResultsState(kind: ReturnType<ResultsLoader['state']>['kind']): void {
    const state = this.loader.state();
    switch (kind) {
      case 'ready':
        this.store.retryFailed();
        if (this.answerExpected) {
          this.answerExpected = false;
          afterNextRender(() => this.results().focusHeading(), { injector: this.injector });
        }
        break;
      case 'refused':
        if (state.kind === 'refused') {
          this.serverErrors.set(fieldErrorsFromApi(state.problem.fields));
        }
        if (this.answerExpected) {
          this.answerExpected = false;
          afterNextRender(() => this.form().focusFirstError(), { injector: this.injector });
        }
        break;
      case 'unreachable':
        // The alert speaks; an automatic retry that succeeds later must not grab the focus.
        this.answerExpected = false;
        break;
      case 'idle':
      case 'loading':
        break;
    }
  }

  private watchAvailability(propertyId: string): void {
    this.live.watch(
      propertyId,
      {
        changed: (changes) => this.onAvailabilityChanged(changes),
        resync: () => {
          this.occupancy.invalidate();
          this.loader.scheduleRefresh();
        },
      },
      this.destroyRef,
    );
  }

  private onAvailabilityChanged(changes: readonly AvailabilityChange[]): void {
    this.occupancy.invalidate();
    const state = this.loader.state();
    if (state.kind !== 'idle' && changes.some((change) => overlapsStay(change, state.search.arrival, state.search.departure))) {
      this.loader.scheduleRefresh();
    }
  }
}
