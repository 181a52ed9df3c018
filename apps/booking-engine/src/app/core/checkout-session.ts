import { Service } from '@angular/core';
import type { HoldResponse } from '@pitchdesk/contracts';
import type { StaySearch } from './booking-api';

/** Everything a checkout needs to survive a reload or a language switch (another build). */
export interface CheckoutState {
  readonly hold: HoldResponse;
  /** The search that led here: party for pricing, and the way back to the results. */
  readonly search: StaySearch;
  /** Extras chosen so far, by code. */
  readonly extras: readonly { readonly code: string; readonly quantity: number }[];
  /** The guest's details as typed so far, valid or not: nothing the guest typed is lost. */
  readonly guest: Readonly<Record<string, string>>;
  /** One key per checkout: a retried confirmation can never book twice. */
  readonly idempotencyKey: string;
}

const PREFIX = 'pitchdesk.checkout.';

/**
 * The checkout in session storage, keyed by hold: per tab, gone when the tab closes, and
 * shared by the four language builds (same origin). Never in memory only: a page load
 * (reload, language switch) must land on the same step with the same input.
 */
@Service()
export class CheckoutSession {
  start(hold: HoldResponse, search: StaySearch): CheckoutState {
    const state: CheckoutState = { hold, search, extras: [], guest: {}, idempotencyKey: crypto.randomUUID() };
    this.write(state);
    return state;
  }

  load(holdId: string): CheckoutState | null {
    try {
      const raw = sessionStorage.getItem(PREFIX + holdId);
      return raw ? (JSON.parse(raw) as CheckoutState) : null;
    } catch {
      return null;
    }
  }

  update(holdId: string, change: Partial<Omit<CheckoutState, 'hold' | 'idempotencyKey'>>): CheckoutState | null {
    const current = this.load(holdId);
    if (!current) {
      return null;
    }
    const next = { ...current, ...change };
    this.write(next);
    return next;
  }

  /** A new hold for the same checkout (re-hold after expiry): same input, new hold, new key. */
  replaceHold(previousHoldId: string, hold: HoldResponse): CheckoutState | null {
    const current = this.load(previousHoldId);
    if (!current) {
      return null;
    }
    this.clear(previousHoldId);
    const next = { ...current, hold, idempotencyKey: crypto.randomUUID() };
    this.write(next);
    return next;
  }

  clear(holdId: string): void {
    try {
      sessionStorage.removeItem(PREFIX + holdId);
    } catch {
      // Storage disabled: nothing was kept.
    }
  }

  private write(state: CheckoutState): void {
    try {
      sessionStorage.setItem(PREFIX + state.hold.holdId, JSON.stringify(state));
    } catch {
      // Storage full or disabled (private mode): the checkout still works, without reload safety.
    }
  }
}
