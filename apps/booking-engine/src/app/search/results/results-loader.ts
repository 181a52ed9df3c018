import { DestroyRef, inject, Service, signal } from '@angular/core';
import type { AvailabilityResponse } from '@pitchdesk/contracts';
import type { ApiProblem } from '@pitchdesk/shared/data-access-api';
import { describeApiProblem } from '@pitchdesk/shared/data-access-api';
import type { StaySearch } from '../../core/booking-api';
import { BookingApi } from '../../core/booking-api';
import { injectGuestLocale } from '../../core/guest-locale';

export type ResultsState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'loading'; readonly search: StaySearch }
  | { readonly kind: 'ready'; readonly search: StaySearch; readonly response: AvailabilityResponse }
  /** No answer: retried with a growing delay, or at once with `retryNow`. */
  | { readonly kind: 'unreachable'; readonly search: StaySearch }
  /** The API refused the search (a 400 names fields; anything else is general). */
  | { readonly kind: 'refused'; readonly search: StaySearch; readonly problem: Extract<ApiProblem, { kind: 'refused' }> };

/** The API caches an availability answer for up to 1 s: a refresh sooner could get the old one. */
export const LIVE_REFRESH_DEBOUNCE_MS = 1_200;
const MAX_RETRY_MS = 30_000;

/** 1 s, 2 s, 4 s ... 30 s: a campsite's Wi-Fi comes back soon, a deploy takes longer. */
export function retryDelayMs(attempt: number): number {
  return Math.min(1_000 * 2 ** attempt, MAX_RETRY_MS);
}

/**
 * The results of the current search. A newer search wins over an older one still in
 * flight; live refreshes keep the results on screen while they reload. Provided by the
 * search page; timers end with it.
 */
@Service({ autoProvided: false })
export class ResultsLoader {
  private readonly api = inject(BookingApi);
  private readonly locale = injectGuestLocale();
  private sequence = 0;
  private attempt = 0;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private refreshTimer: ReturnType<typeof setTimeout> | undefined;

  readonly state = signal<ResultsState>({ kind: 'idle' });

  constructor() {
    inject(DestroyRef).onDestroy(() => this.clearTimers());
  }

  /** Runs a new search: skeletons until it answers. */
  load(search: StaySearch): void {
    this.clearTimers();
    this.attempt = 0;
    this.state.set({ kind: 'loading', search });
    void this.fetch(search, false);
  }

  /** No search any more (the guest went back to the empty form): no results either. */
  clear(): void {
    this.clearTimers();
    this.sequence++;
    this.state.set({ kind: 'idle' });
  }

  /** Asks again at once (the guest pressed "Try again"). */
  retryNow(): void {
    const state = this.state();
    if (state.kind !== 'idle') {
      this.load(state.search);
    }
  }

  /** Availability changed for the searched nights: refetch once the burst is over. */
  scheduleRefresh(): void {
    const state = this.state();
    if (state.kind !== 'ready') {
      return;
    }
    clearTimeout(this.refreshTimer);
    this.refreshTimer = setTimeout(() => void this.fetch(state.search, true), LIVE_REFRESH_DEBOUNCE_MS);
  }

  private async fetch(search: StaySearch, quiet: boolean): Promise<void> {
    const sequence = ++this.sequence;
    try {
      const response = await this.api.availability(search, this.locale);
      if (sequence === this.sequence) {
        this.attempt = 0;
        this.state.set({ kind: 'ready', search, response });
      }
    } catch (error: unknown) {
      if (sequence !== this.sequence) {
        return;
      }
      const problem = describeApiProblem(error);
      if (problem.kind === 'refused') {
        this.state.set({ kind: 'refused', search, problem });
        return;
      }
      // A quiet refresh that fails keeps the results on screen; a search says it failed.
      if (!quiet) {
        this.state.set({ kind: 'unreachable', search });
      }
      this.retryTimer = setTimeout(() => void this.fetch(search, quiet), retryDelayMs(this.attempt++));
    }
  }

  private clearTimers(): void {
    clearTimeout(this.retryTimer);
    clearTimeout(this.refreshTimer);
  }
}
