import type { ElementRef } from '@angular/core';
import { afterNextRender, ChangeDetectionStrategy, Component, computed, inject, Injector, resource, viewChild } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, RouterLink } from '@angular/router';
import type { BookingView } from '@pitchdesk/contracts';
import { map } from 'rxjs';
import { BookingApi } from '../core/booking-api';
import { injectGuestLocale } from '../core/guest-locale';
import { formatMoney } from '../core/money';
import { QuoteLines } from '../checkout/quote/quote-lines';
import { quoteNames } from '../checkout/quote/quote-names';
import { focusOnArrival } from '../checkout/shared/focus-heading';
import { PropertyFacts, resourceProblem } from '../checkout/shared/property-facts';
import { StaySummary } from '../checkout/shared/stay-summary';
import { CancelBooking } from './cancel-booking';
import { manageTokenFrom } from './manage-token';

/** "Manage my booking" from the e-mail link: `manage/{reference}#token=...`. */
@Component({
  selector: 'be-manage-page',
  imports: [RouterLink, QuoteLines, StaySummary, CancelBooking],
  templateUrl: './manage-page.html',
  styleUrls: ['../checkout/shared/checkout-ui.css', './manage-page.css'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ManagePage {
  private readonly api = inject(BookingApi);
  private readonly facts = inject(PropertyFacts);
  private readonly injector = inject(Injector);
  private readonly heading = viewChild<ElementRef<HTMLElement>>('heading');
  private readonly outcome = viewChild<ElementRef<HTMLElement>>('outcome');
  protected readonly locale = injectGuestLocale();

  private readonly route = inject(ActivatedRoute);
  protected readonly reference = toSignal(this.route.paramMap.pipe(map((params) => params.get('reference') ?? '')), {
    requireSync: true,
  });
  protected readonly token = toSignal(this.route.fragment.pipe(map(manageTokenFrom)), { initialValue: null });

  protected readonly booking = resource({
    params: () => {
      const token = this.token();
      return token ? { reference: this.reference(), token } : undefined;
    },
    loader: ({ params }) => this.api.booking(params.reference, params.token),
  });
  /** What went wrong loading it: a missing or wrong link, or no answer. */
  protected readonly problem = computed(() => {
    if (!this.token()) {
      return 'no-token';
    }
    const problem = resourceProblem(this.booking.error());
    if (!problem) {
      return null;
    }
    return problem.kind === 'unreachable' || problem.status >= 500 ? 'unreachable' : 'not-found';
  });

  private readonly catalogue = resource({ loader: () => this.facts.catalogue() });
  private readonly rateCard = resource({ loader: () => this.facts.rateCard() });
  protected readonly names = computed(() =>
    quoteNames(this.rateCard.hasValue() ? this.rateCard.value() : undefined, this.catalogue.hasValue() ? this.catalogue.value() : undefined, this.locale),
  );
  protected readonly fee = computed(() => {
    const booking = this.booking.hasValue() ? this.booking.value() : undefined;
    return booking ? formatMoney(booking.cancellationFeeMinor ?? 0, booking.quote.currency, this.locale) : '';
  });

  constructor() {
    focusOnArrival(this.heading);
  }

  protected unitTypeName(booking: BookingView): string | null {
    return this.names().unitType(booking.unitTypeCode);
  }

  protected showCancelled(booking: BookingView): void {
    this.booking.set(booking);
    // The cancel panel is gone with the booking's confirmed state: its outcome takes focus and is read.
    afterNextRender({ write: () => this.outcome()?.nativeElement.focus() }, { injector: this.injector });
  }

  protected reload(): void {
    this.booking.reload();
  }
}
