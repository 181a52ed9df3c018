import { computed, DestroyRef, inject, Service, signal } from '@angular/core';
import type { AvailabilityChange, AvailabilityResponse } from '@pitchdesk/contracts';
import type { ApiProblem } from '@pitchdesk/shared/data-access-api';
import { describeApiProblem } from '@pitchdesk/shared/data-access-api';
import type { PropertyCatalogue, StaySearch } from '../core/booking-api';
import { BookingApi } from '../core/booking-api';
import { LiveAvailability } from '@pitchdesk/shared/data-access-api';
import { CHOOSE_UNIT_TIMING } from './choose-unit-timing';
import type { FreeUnitsState } from './free-units';
import { applyAnswer, applyLiveChanges, freeUnitIds, markTaken, NO_FREE_UNITS, settleDelay } from './free-units';
import { retryWhileUnreachable } from './retry';

export type TypeAvailability = AvailabilityResponse['results'][number];

export type AvailabilityStatus =
  | { readonly kind: 'loading' }
  | { readonly kind: 'ready' }
  | { readonly kind: 'failed'; readonly problem: ApiProblem };

interface Query {
  readonly search: StaySearch;
  readonly unitTypeCode: string;
  readonly lang: string;
}

/**
 * The catalogue and one stay's availability for one unit type, kept current: hub changes
 * mark units taken at once, then the API is asked again to converge on the truth.
 * Provided by the page, so it lives and stops (timers, hub stream) with it.
 */
@Service({ autoProvided: false })
export class UnitAvailability {
  private readonly api = inject(BookingApi);
  private readonly live = inject(LiveAvailability);
  private readonly timing = inject(CHOOSE_UNIT_TIMING);
  private readonly destroyRef = inject(DestroyRef);

  readonly status = signal<AvailabilityStatus>({ kind: 'loading' });
  readonly catalogue = signal<PropertyCatalogue | null>(null);
  /** This type's result of the last answer; null until loaded or when the type is unknown. */
  readonly typeResult = signal<TypeAvailability | null>(null);
  private readonly free = signal<FreeUnitsState>(NO_FREE_UNITS);
  readonly freeUnitIds = computed(() => freeUnitIds(this.free()));
  /** True while the hub stream is open: the page says it is live. */
  readonly connected = this.live.connected;

  private query: Query | null = null;
  /** Answers arrive out of order; one asked for before the last one applied is dropped. */
  private appliedRequestedAt = 0;
  private refreshTimer: ReturnType<typeof setTimeout> | undefined;
  private refreshDueAt = Number.POSITIVE_INFINITY;
  private watching = false;
  private destroyed = false;

  constructor() {
    this.destroyRef.onDestroy(() => {
      this.destroyed = true;
      clearTimeout(this.refreshTimer);
    });
  }

  /** Loads the catalogue (once) and the stay's availability, retrying while the API is unreachable. */
  async load(search: StaySearch, unitTypeCode: string, lang: string): Promise<void> {
    const query: Query = { search, unitTypeCode, lang };
    this.query = query;
    this.free.set(NO_FREE_UNITS);
    this.appliedRequestedAt = 0;
    this.status.set({ kind: 'loading' });
    try {
      const catalogue = this.catalogue() ?? (await retryWhileUnreachable(() => this.api.catalogue(), this.timing.retryDelaysMs));
      this.catalogue.set(catalogue);
      await retryWhileUnreachable(() => this.fetch(query), this.timing.retryDelaysMs);
      if (this.query === query) {
        this.status.set({ kind: 'ready' });
        this.follow(catalogue.property.id);
      }
    } catch (error) {
      if (this.query === query) {
        this.status.set({ kind: 'failed', problem: describeApiProblem(error) });
      }
    }
  }

  /** Loads the same search again (after a failure). */
  retry(): Promise<void> {
    const query = this.query;
    return query ? this.load(query.search, query.unitTypeCode, query.lang) : Promise.resolve();
  }

  /** The API refused a hold on this unit as taken: it is, whatever the last answer said. */
  markTaken(unitId: string): void {
    this.free.update((state) => markTaken(state, [unitId], Date.now()));
    this.refreshIn(this.timing.refreshAfterChangeMs);
  }

  private follow(propertyId: string): void {
    if (this.watching || this.destroyed) {
      return;
    }
    this.watching = true;
    this.live.watch(
      propertyId,
      { changed: (changes) => this.onChanges(changes), resync: () => this.refreshIn(0) },
      this.destroyRef,
    );
  }

  private onChanges(changes: readonly AvailabilityChange[]): void {
    const query = this.query;
    if (!query) {
      return;
    }
    const { state, touched } = applyLiveChanges(this.free(), changes, query.search, Date.now());
    if (touched) {
      this.free.set(state);
      this.refreshIn(this.timing.refreshAfterChangeMs);
    }
  }

  /** Asks the API again after `delayMs`, unless an earlier ask is already due. */
  private refreshIn(delayMs: number): void {
    const dueAt = Date.now() + delayMs;
    if (this.destroyed || dueAt >= this.refreshDueAt) {
      return;
    }
    clearTimeout(this.refreshTimer);
    this.refreshDueAt = dueAt;
    this.refreshTimer = setTimeout(() => {
      this.refreshDueAt = Number.POSITIVE_INFINITY;
      const query = this.query;
      if (query && this.status().kind === 'ready') {
        // A failed refresh keeps what is shown: the hub and the next refresh still correct it.
        this.fetch(query).catch(() => undefined);
      }
    }, delayMs);
  }

  private async fetch(query: Query): Promise<void> {
    const requestedAt = Date.now();
    // Without the search's `types` filter, which could leave this very type out.
    const answer = await this.api.availability({ ...query.search, types: undefined }, query.lang, { withUnits: true });
    if (this.query !== query || requestedAt < this.appliedRequestedAt) {
      return;
    }
    this.appliedRequestedAt = requestedAt;
    const result = answer.results.find((candidate) => candidate.unitType.code === query.unitTypeCode) ?? null;
    this.typeResult.set(result);
    this.free.update((state) => applyAnswer(state, result?.freeUnitIds ?? [], requestedAt, this.timing.answerStaleMs));
    const settleIn = settleDelay(this.free(), Date.now(), this.timing.answerStaleMs);
    if (settleIn !== null) {
      this.refreshIn(settleIn);
    }
  }
}
