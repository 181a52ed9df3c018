import type { ElementRef } from '@angular/core';
import { ChangeDetectionStrategy, Component, computed, input, linkedSignal, viewChild } from '@angular/core';
import type { HoldUrgency } from './hold-clock';
import { formatCountdown, holdUrgency, isMoreUrgent } from './hold-clock';

/**
 * The hold's countdown. The visible mm:ss changes every second inside a `timer` (not
 * live: a screen reader would read it every second); a separate polite live region
 * speaks only when the hold gets more urgent (5 minutes, 1 minute, expired) or renewed.
 */
@Component({
  selector: 'be-hold-countdown',
  template: `
    <p class="countdown" role="timer" data-testid="hold-countdown" tabindex="-1" #timer [class.expired]="urgency() === 'expired'">
      @if (urgency() === 'expired') {
        <span i18n="@@checkout.hold.expired-label">Your hold on {{ unitCode() }} has expired.</span>
      } @else {
        <span i18n="@@checkout.hold.held-label">{{ unitCode() }} is held for you. Time left: <strong class="time">{{ time() }}</strong></span>
      }
    </p>
    <p class="visually-hidden" aria-live="polite">{{ announcement() }}</p>
  `,
  styleUrls: ['../shared/checkout-ui.css', './hold-countdown.css'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class HoldCountdown {
  readonly remainingMs = input.required<number>();
  readonly unitCode = input.required<string>();

  private readonly timer = viewChild.required<ElementRef<HTMLElement>>('timer');
  protected readonly time = computed(() => formatCountdown(this.remainingMs()));
  protected readonly urgency = computed(() => holdUrgency(this.remainingMs()));

  /** Empty until the urgency changes: landing on the page with 3 minutes left says nothing new. */
  protected readonly announcement = linkedSignal<HoldUrgency, string>({
    source: this.urgency,
    computation: (urgency, previous) => {
      if (!previous) {
        return '';
      }
      if (urgency === previous.source) {
        return previous.value;
      }
      if (isMoreUrgent(urgency, previous.source)) {
        return urgencyMessage(urgency);
      }
      // Less urgent only happens with a new hold.
      return $localize`:@@checkout.hold.announce-renewed:Held again: the countdown has restarted.`;
    },
  });

  /** After a re-hold the panel that had focus is gone: the countdown takes it and is read out. */
  focus(): void {
    this.timer().nativeElement.focus();
  }
}

function urgencyMessage(urgency: HoldUrgency): string {
  switch (urgency) {
    case 'five-minutes':
      return $localize`:@@checkout.hold.announce-five-minutes:5 minutes left to complete your booking.`;
    case 'one-minute':
      return $localize`:@@checkout.hold.announce-one-minute:1 minute left to complete your booking.`;
    case 'expired':
      return $localize`:@@checkout.hold.announce-expired:Your hold has expired. You can hold the same place again.`;
    case 'plenty':
      return '';
  }
}
