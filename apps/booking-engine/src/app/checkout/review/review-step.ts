import type { ElementRef } from '@angular/core';
import { ChangeDetectionStrategy, Component, computed, effect, inject, resource, signal, viewChild } from '@angular/core';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import type { BookingCreated } from '@pitchdesk/contracts';
import { cancellationTerms, parseCalendarDate } from '@pitchdesk/domain';
import { BookingApi } from '../../core/booking-api';
import { formatCalendarDate } from '../../core/calendar-dates';
import type { CheckoutState } from '../../core/checkout-session';
import { CheckoutSession } from '../../core/checkout-session';
import { formatMoney } from '../../core/money';
import { CheckoutFlow } from '../checkout-flow';
import { ConfirmedBookings } from '../confirmation/confirmed-bookings';
import { countryName } from '../details/countries';
import { validGuest } from '../details/guest-validation';
import { QuoteLines } from '../quote/quote-lines';
import type { ShownQuote } from '../quote/quote-rows';
import { focusOnArrival } from '../shared/focus-heading';
import { StaySummary } from '../shared/stay-summary';
import type { ConfirmOutcome } from './confirm-booking';
import { ConfirmBooking } from './confirm-booking';
import { quotesAgree } from './quotes-agree';

type ConfirmProblem = Exclude<ConfirmOutcome['kind'], 'booked' | 'hold-expired' | 'fields-refused'>;

/**
 * Step 3: everything at a glance and the price computed in the browser by the shared
 * domain code, cross-checked against the server's quote; then the booking itself.
 */
@Component({
  selector: 'be-review-step',
  imports: [RouterLink, QuoteLines, StaySummary],
  templateUrl: './review-step.html',
  styleUrls: ['../shared/checkout-ui.css', './review-step.css'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReviewStep {
  protected readonly flow = inject(CheckoutFlow);
  private readonly api = inject(BookingApi);
  private readonly booking = inject(ConfirmBooking);
  private readonly confirmed = inject(ConfirmedBookings);
  private readonly session = inject(CheckoutSession);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly heading = viewChild<ElementRef<HTMLElement>>('heading');

  protected readonly busy = signal(false);
  protected readonly problem = signal<ConfirmProblem | null>(null);
  protected readonly guest = computed(() => validGuest(this.flow.state()?.guest ?? {}));
  protected readonly country = computed(() => countryName(this.guest()?.country ?? '', this.flow.locale));

  /** The server's price for the same choices: the browser's must match it to the cent. */
  private readonly serverQuote = resource({
    params: () => {
      const state = this.flow.state();
      const party = this.flow.party();
      return state && party
        ? { unitTypeCode: state.hold.unitTypeCode, stay: { arrival: state.hold.arrival, departure: state.hold.departure }, party, extras: [...state.extras] }
        : undefined;
    },
    loader: ({ params }) => this.api.quote(params),
  });
  private readonly mismatch = computed(() => {
    const browser = this.flow.browserQuote();
    const server = this.serverQuote.hasValue() ? this.serverQuote.value() : undefined;
    return browser && server && !quotesAgree(browser, server) ? { browser, server } : null;
  });
  /** The browser's price; the server's if they ever differ (the server books at its price). */
  protected readonly quote = computed<ShownQuote | null>(
    () => this.mismatch()?.server ?? this.flow.browserQuote() ?? (this.serverQuote.hasValue() ? (this.serverQuote.value() ?? null) : null),
  );
  protected readonly cancellation = computed(() => {
    const quote = this.quote();
    const state = this.flow.state();
    const bookedOn = this.flow.bookedOn();
    if (!quote || !state || !bookedOn || !this.flow.rateCard.hasValue()) {
      return null;
    }
    const terms = cancellationTerms(this.flow.rateCard.value().cancellation, quote.totalMinor, parseCalendarDate(state.hold.arrival), bookedOn);
    return {
      free: terms.free,
      freeUntil: formatCalendarDate(terms.freeUntil, this.flow.locale, 'long'),
      fee: formatMoney(terms.feeMinor, quote.currency, this.flow.locale),
    };
  });

  constructor() {
    this.flow.step.set('review');
    focusOnArrival(this.heading);
    effect(() => {
      const mismatch = this.mismatch();
      if (mismatch) {
        // Never hidden: the server's price is shown, and this is a bug to fix in pricing.
        console.error('checkout: the browser quote differs from the server quote', mismatch);
      }
    });
  }

  protected async confirm(): Promise<void> {
    const state = this.flow.state();
    const guest = this.guest();
    if (this.busy() || !state || !guest) {
      return;
    }
    this.busy.set(true);
    this.problem.set(null);
    const outcome = await this.booking.confirm(state, guest, this.flow.locale);
    this.busy.set(false);
    switch (outcome.kind) {
      case 'booked':
        await this.finish(state, outcome.created);
        return;
      case 'hold-expired':
        this.flow.expiredByServer.set(true);
        return;
      case 'fields-refused':
        this.flow.refusedFields.set(outcome.fields);
        await this.router.navigate(['../details'], { relativeTo: this.route });
        return;
      case 'unreachable':
      case 'server-error':
      case 'already-booked':
      case 'key-reused':
      case 'refused':
        this.problem.set(outcome.kind);
    }
  }

  private async finish(state: CheckoutState, created: BookingCreated): Promise<void> {
    const shown = this.quote();
    if (shown && shown.totalMinor !== created.booking.quote.totalMinor) {
      console.error('checkout: the booked total differs from the reviewed total', { reviewed: shown, booked: created.booking.quote });
    }
    this.confirmed.save(state.hold.holdId, created);
    this.session.clear(state.hold.holdId);
    await this.router.navigate(['/checkout', state.hold.holdId, 'confirmation'], { replaceUrl: true });
  }
}
