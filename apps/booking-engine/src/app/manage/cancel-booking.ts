import type { ElementRef } from '@angular/core';
import { afterNextRender, ChangeDetectionStrategy, Component, computed, inject, Injector, input, output, signal, viewChild } from '@angular/core';
import type { BookingView } from '@pitchdesk/contracts';
import { describeApiProblem } from '@pitchdesk/shared/data-access-api';
import { BookingApi } from '../core/booking-api';
import { formatCalendarDate } from '../core/calendar-dates';
import { injectGuestLocale } from '../core/guest-locale';
import { formatMoney } from '../core/money';

type CancelProblem = 'unreachable' | 'refused';

/**
 * The cancellation policy in plain words and a two-step cancel: nothing is cancelled
 * until the guest confirms, and "keep" puts them back where they were.
 */
@Component({
  selector: 'be-cancel-booking',
  templateUrl: './cancel-booking.html',
  styleUrls: ['../checkout/shared/checkout-ui.css', './cancel-booking.css'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CancelBooking {
  readonly booking = input.required<BookingView>();
  readonly token = input.required<string>();
  /** The API cancelled it (or already had): the page shows the cancelled booking. */
  readonly cancelled = output<BookingView>();
  /** The API says it was already cancelled: the page reloads it. */
  readonly stale = output();

  private readonly api = inject(BookingApi);
  private readonly injector = inject(Injector);
  private readonly locale = injectGuestLocale();
  private readonly startButton = viewChild<ElementRef<HTMLElement>>('startButton');
  private readonly confirmHeading = viewChild<ElementRef<HTMLElement>>('confirmHeading');

  protected readonly confirming = signal(false);
  protected readonly busy = signal(false);
  protected readonly problem = signal<CancelProblem | null>(null);
  protected readonly freeUntil = computed(() => formatCalendarDate(this.booking().cancellation.freeUntil, this.locale, 'long'));
  protected readonly fee = computed(() =>
    formatMoney(this.booking().cancellation.feeIfCancelledNowMinor, this.booking().quote.currency, this.locale),
  );
  protected readonly free = computed(() => this.booking().cancellation.feeIfCancelledNowMinor === 0);

  protected start(): void {
    this.confirming.set(true);
    this.problem.set(null);
    this.focusAfterRender(this.confirmHeading);
  }

  protected keep(): void {
    this.confirming.set(false);
    this.focusAfterRender(this.startButton);
  }

  protected async confirm(): Promise<void> {
    if (this.busy()) {
      return;
    }
    this.busy.set(true);
    this.problem.set(null);
    try {
      this.cancelled.emit(await this.api.cancel(this.booking().reference, this.token()));
    } catch (error) {
      const problem = describeApiProblem(error);
      if (problem.kind === 'refused' && problem.code === 'ALREADY_CANCELLED') {
        this.stale.emit();
      } else {
        this.problem.set(problem.kind === 'unreachable' || problem.status >= 500 ? 'unreachable' : 'refused');
      }
    } finally {
      this.busy.set(false);
    }
  }

  private focusAfterRender(target: () => ElementRef<HTMLElement> | undefined): void {
    afterNextRender({ write: () => target()?.nativeElement.focus() }, { injector: this.injector });
  }
}
