import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { QuoteResponse } from '@pitchdesk/contracts';
import type { StaySearch } from '../../core/booking-api';
import { formatCalendarDate } from '../../core/calendar-dates';
import { injectGuestLocale } from '../../core/guest-locale';
import { formatMoney } from '../../core/money';
import { nightsOf } from '../stay-query';

/** The stay being booked, so the guest knows what the choice is for; the price is the type's. */
@Component({
  selector: 'be-stay-summary',
  templateUrl: './stay-summary.html',
  styleUrl: './stay-summary.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class StaySummary {
  readonly search = input.required<StaySearch>();
  readonly quote = input<QuoteResponse | null>(null);

  private readonly locale = injectGuestLocale();

  protected readonly arrival = computed(() => formatCalendarDate(this.search().arrival, this.locale, 'medium'));
  protected readonly departure = computed(() => formatCalendarDate(this.search().departure, this.locale, 'medium'));
  protected readonly nights = computed(() => nightsOf(this.search()));
  protected readonly childrenAges = computed(() => this.search().childrenAges.join(', '));
  protected readonly total = computed(() => {
    const quote = this.quote();
    return quote ? formatMoney(quote.totalMinor, quote.currency, this.locale) : null;
  });
}
