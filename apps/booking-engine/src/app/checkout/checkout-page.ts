import type { ElementRef } from '@angular/core';
import { ChangeDetectionStrategy, Component, computed, DestroyRef, inject, signal, viewChild } from '@angular/core';
import { Router, RouterLink, RouterOutlet } from '@angular/router';
import { CheckoutFlow } from './checkout-flow';
import { CheckoutSteps } from './checkout-steps';
import { ConfirmedBookings } from './confirmation/confirmed-bookings';
import { holdRemainingMs } from './hold/hold-clock';
import { HoldCountdown } from './hold/hold-countdown';
import { HoldExpired } from './hold/hold-expired';
import { HoldRenewal } from './hold/hold-renewal';
import { ServerClock } from './hold/server-clock';
import { focusOnArrival } from './shared/focus-heading';

/**
 * The checkout shell: the hold's countdown and the step indicator above every step, the
 * re-hold offer once the hold has run out. Steps share one CheckoutFlow, provided here.
 */
@Component({
  selector: 'be-checkout-page',
  imports: [RouterOutlet, RouterLink, HoldCountdown, HoldExpired, CheckoutSteps],
  providers: [CheckoutFlow, HoldRenewal],
  templateUrl: './checkout-page.html',
  styleUrls: ['./shared/checkout-ui.css', './checkout-page.css'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CheckoutPage {
  protected readonly flow = inject(CheckoutFlow);
  private readonly clock = inject(ServerClock);
  private readonly countdown = viewChild(HoldCountdown);
  private readonly missingHeading = viewChild<ElementRef<HTMLElement>>('missingHeading');
  /** The browser's clock, ticking each second; the server offset is applied on top. */
  private readonly now = signal(Date.now());

  protected readonly remainingMs = computed(() => {
    const state = this.flow.state();
    return state ? holdRemainingMs(state.hold.expiresAt, this.now() + this.clock.offsetMs()) : 0;
  });
  protected readonly expired = computed(() => this.remainingMs() <= 0 || this.flow.expiredByServer());

  constructor() {
    void this.clock.sync();
    const timer = setInterval(() => this.now.set(Date.now()), 1_000);
    inject(DestroyRef).onDestroy(() => clearInterval(timer));
    focusOnArrival(this.missingHeading);

    // Back after booking (this checkout is cleared, its confirmation kept): show that instead.
    const holdId = this.flow.holdId();
    if (!this.flow.state() && inject(ConfirmedBookings).load(holdId)) {
      void inject(Router).navigate(['/checkout', holdId, 'confirmation'], { replaceUrl: true });
    }
  }

  protected focusCountdown(): void {
    this.countdown()?.focus();
  }
}
