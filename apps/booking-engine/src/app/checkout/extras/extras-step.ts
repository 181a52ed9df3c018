import type { ElementRef } from '@angular/core';
import { ChangeDetectionStrategy, Component, computed, inject, viewChild } from '@angular/core';
import { ActivatedRoute, Router } from '@angular/router';
import { formatMoney } from '../../core/money';
import { CheckoutFlow } from '../checkout-flow';
import { focusOnArrival } from '../shared/focus-heading';
import { resourceProblem } from '../shared/property-facts';
import { extraOffers, withQuantity } from './extra-offers';

/** Step 1: optional extras from the rate card; every change is saved at once. */
@Component({
  selector: 'be-extras-step',
  templateUrl: './extras-step.html',
  styleUrls: ['../shared/checkout-ui.css', './extras-step.css'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ExtrasStep {
  protected readonly flow = inject(CheckoutFlow);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly heading = viewChild<ElementRef<HTMLElement>>('heading');

  protected readonly loadProblem = computed(() => resourceProblem(this.flow.rateCard.error()));
  protected readonly rows = computed(() => {
    const state = this.flow.state();
    const party = this.flow.party();
    if (!state || !party || !this.flow.rateCard.hasValue()) {
      return [];
    }
    const chosen = new Map(state.extras.map((choice) => [choice.code, choice.quantity]));
    const currency = this.flow.rateCard.value().currency;
    return extraOffers(this.flow.rateCard.value(), state.hold.unitTypeCode, party).map((offer) => ({
      ...offer,
      name: this.flow.names().extra(offer.code) ?? offer.code,
      price: formatMoney(offer.priceMinor, currency, this.flow.locale),
      perPerson: offer.basis === 'per-person-night' || offer.basis === 'per-person-stay',
      quantity: chosen.get(offer.code) ?? 0,
      options: Array.from({ length: offer.maxQuantity + 1 }, (_, quantity) => quantity),
    }));
  });
  protected readonly total = computed(() => {
    const quote = this.flow.browserQuote();
    return quote ? formatMoney(quote.totalMinor, quote.currency, this.flow.locale) : null;
  });

  constructor() {
    this.flow.step.set('extras');
    focusOnArrival(this.heading);
  }

  protected toggle(code: string, event: Event): void {
    this.setQuantity(code, (event.target as HTMLInputElement).checked ? 1 : 0);
  }

  protected choose(code: string, event: Event): void {
    this.setQuantity(code, Number((event.target as HTMLSelectElement).value));
  }

  protected continue(): void {
    void this.router.navigate(['../details'], { relativeTo: this.route });
  }

  private setQuantity(code: string, quantity: number): void {
    const state = this.flow.state();
    if (state) {
      this.flow.saveExtras(withQuantity(state.extras, code, quantity));
    }
  }
}
