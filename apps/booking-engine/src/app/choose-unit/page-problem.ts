/** What the page tells the guest instead of going on, next to the choice it concerns. */
export type PageProblem =
  /**
   * The chosen unit is not free: a hold refused with UNIT_TAKEN, live news from the hub, or
   * (`unavailable`) a unit from the link that the API no longer lists as free for this stay.
   */
  | { readonly kind: 'unit-taken'; readonly unitId: string; readonly code: string; readonly cause: 'hold' | 'live' | 'unavailable' }
  /** Continue without a choice. */
  | { readonly kind: 'choose-first' }
  | { readonly kind: 'no-unit-available' }
  | { readonly kind: 'stay-not-allowed'; readonly messages: readonly string[] }
  | { readonly kind: 'busy' }
  | { readonly kind: 'unreachable' }
  | { readonly kind: 'search-invalid' }
  | { readonly kind: 'failed'; readonly message: string };

/** A free unit offered instead of a taken one, with how far it is on the map. */
export interface Alternative {
  readonly unitId: string;
  readonly code: string;
  readonly distanceM: number;
}
