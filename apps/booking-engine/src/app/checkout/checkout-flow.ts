import { computed, inject, linkedSignal, resource, Service, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute } from '@angular/router';
import type { HoldResponse } from '@pitchdesk/contracts';
import type { ExtraChoice, Party, Quote } from '@pitchdesk/domain';
import { parseDateRange, quoteStay } from '@pitchdesk/domain';
import { map } from 'rxjs';
import type { CheckoutState } from '../core/checkout-session';
import { CheckoutSession } from '../core/checkout-session';
import { injectGuestLocale } from '../core/guest-locale';
import type { GuestField } from './details/guest-validation';
import { ServerClock } from './hold/server-clock';
import { quoteNames } from './quote/quote-names';
import { PropertyFacts } from './shared/property-facts';
import { propertyToday } from './shared/property-today';

export const CHECKOUT_STEPS = ['extras', 'details', 'review'] as const;
export type CheckoutStep = (typeof CHECKOUT_STEPS)[number];

/**
 * One checkout, shared by the shell and its steps (provided by the shell). Every change
 * the guest makes goes to the session first, so a reload or a language switch (another
 * build) lands on the same step with the same input.
 */
@Service({ autoProvided: false })
export class CheckoutFlow {
  private readonly session = inject(CheckoutSession);
  private readonly facts = inject(PropertyFacts);
  private readonly clock = inject(ServerClock);
  readonly locale = injectGuestLocale();
  /** The checkout moved to a new hold, kept in memory too in case session storage is unavailable. */
  private carried: CheckoutState | null = null;

  /** From the route: a re-hold navigates to the new hold's URL and everything follows. */
  readonly holdId = toSignal(inject(ActivatedRoute).paramMap.pipe(map((params) => params.get('holdId') ?? '')), {
    requireSync: true,
  });
  /** The stored checkout of this hold; null when this tab has none (a new tab, an old link). */
  readonly state = linkedSignal<CheckoutState | null>(() => {
    const holdId = this.holdId();
    return this.session.load(holdId) ?? (this.carried?.hold.holdId === holdId ? this.carried : null);
  });
  readonly step = signal<CheckoutStep>('extras');
  /** The API said the hold is gone, whatever the countdown says. Reset by a new hold. */
  readonly expiredByServer = linkedSignal({ source: this.holdId, computation: () => false });
  /** Guest fields the API refused (400): the details step shows them as if submitted. */
  readonly refusedFields = linkedSignal<string, readonly GuestField[]>({ source: this.holdId, computation: () => [] });

  readonly rateCard = resource({ loader: () => this.facts.rateCard() });
  readonly catalogue = resource({ loader: () => this.facts.catalogue() });

  /** Who is staying, as the domain prices it and the API takes it (a mutable copy for the latter). */
  readonly party = computed<(Party & { readonly childrenAges: number[] }) | null>(
    () => {
      const search = this.state()?.search;
      return search
        ? { adults: search.adults, childrenAges: [...search.childrenAges], pets: search.pets, vehicles: search.vehicles }
        : null;
    },
    // Saving the guest's details must not look like a new party (and re-quote the stay).
    { equal: (a, b) => JSON.stringify(a) === JSON.stringify(b) },
  );
  readonly names = computed(() =>
    quoteNames(this.rateCard.hasValue() ? this.rateCard.value() : undefined, this.catalogue.hasValue() ? this.catalogue.value() : undefined, this.locale),
  );
  readonly unitTypeName = computed(() => {
    const code = this.state()?.hold.unitTypeCode;
    return code ? this.names().unitType(code) : null;
  });
  /** Today where the property is, on the server's clock: early-booking discounts depend on it. */
  readonly bookedOn = computed(() => {
    const timeZone = this.catalogue.hasValue() ? this.catalogue.value().property.timeZone : null;
    return timeZone ? propertyToday(timeZone, this.clock.now()) : null;
  });

  /**
   * The price of the stay as chosen so far, computed here by the shared domain code (the
   * server runs the same function): null until the rate card is in, or if it cannot price.
   */
  readonly browserQuote = computed<Quote | null>(() => {
    const state = this.state();
    const party = this.party();
    const bookedOn = this.bookedOn();
    if (!state || !party || !bookedOn || !this.rateCard.hasValue()) {
      return null;
    }
    try {
      return quoteStay(this.rateCard.value(), {
        unitTypeCode: state.hold.unitTypeCode,
        stay: parseDateRange({ arrival: state.hold.arrival, departure: state.hold.departure }),
        party,
        extras: state.extras,
        bookedOn,
      });
    } catch (error) {
      // A rate card the browser cannot price with: the server's quote is shown instead.
      console.error('checkout: the browser could not price the stay', error);
      return null;
    }
  });

  saveExtras(extras: readonly ExtraChoice[]): void {
    this.save({ extras });
  }

  saveGuest(guest: Readonly<Record<string, string>>): void {
    this.save({ guest });
  }

  /** Moves this checkout, input and all, onto a new hold; the caller navigates to it. */
  moveToHold(hold: HoldResponse): void {
    const current = this.state();
    if (current) {
      this.carried = this.session.replaceHold(current.hold.holdId, hold) ?? { ...current, hold, idempotencyKey: crypto.randomUUID() };
    }
  }

  private save(change: Partial<Pick<CheckoutState, 'extras' | 'guest'>>): void {
    const current = this.state();
    if (!current) {
      return;
    }
    // Written even when storage fails (private mode): the page keeps working from memory.
    this.state.set(this.session.update(current.hold.holdId, change) ?? { ...current, ...change });
  }
}
