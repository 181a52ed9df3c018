import type { ElementRef } from '@angular/core';
import { ChangeDetectionStrategy, Component, computed, inject, resource, viewChild } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { map } from 'rxjs';
import { injectGuestLocale } from '../../core/guest-locale';
import { QuoteLines } from '../quote/quote-lines';
import { quoteNames } from '../quote/quote-names';
import { focusOnArrival } from '../shared/focus-heading';
import { PropertyFacts } from '../shared/property-facts';
import { StaySummary } from '../shared/stay-summary';
import { ConfirmedBookings } from './confirmed-bookings';

/** The booking is made: its reference, the stay, the total, and the way to manage it. */
@Component({
  selector: 'be-confirmation-page',
  imports: [RouterLink, QuoteLines, StaySummary],
  templateUrl: './confirmation-page.html',
  styleUrls: ['../shared/checkout-ui.css', './confirmation-page.css'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ConfirmationPage {
  private readonly facts = inject(PropertyFacts);
  private readonly confirmed = inject(ConfirmedBookings);
  private readonly heading = viewChild<ElementRef<HTMLElement>>('heading');
  protected readonly locale = injectGuestLocale();

  private readonly holdId = toSignal(inject(ActivatedRoute).paramMap.pipe(map((params) => params.get('holdId') ?? '')), {
    requireSync: true,
  });
  protected readonly created = computed(() => this.confirmed.load(this.holdId()));
  private readonly catalogue = resource({ loader: () => this.facts.catalogue() });
  private readonly rateCard = resource({ loader: () => this.facts.rateCard() });
  protected readonly names = computed(() =>
    quoteNames(this.rateCard.hasValue() ? this.rateCard.value() : undefined, this.catalogue.hasValue() ? this.catalogue.value() : undefined, this.locale),
  );
  protected readonly unitTypeName = computed(() => {
    const booking = this.created()?.booking;
    return booking ? this.names().unitType(booking.unitTypeCode) : null;
  });
  /** `manage/{reference}#token=...`: the token stays in the fragment, never sent to a server. */
  protected readonly manageFragment = computed(() => `token=${this.created()?.manageToken ?? ''}`);

  constructor() {
    focusOnArrival(this.heading);
  }
}
