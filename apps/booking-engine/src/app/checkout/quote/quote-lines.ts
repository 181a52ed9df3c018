import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { injectGuestLocale } from '../../core/guest-locale';
import { formatMoney } from '../../core/money';
import type { QuoteNames } from './quote-names';
import type { ShownQuote } from './quote-rows';
import { quoteRows } from './quote-rows';

/** The itemised price: one row per quote line, named in the guest's language, and the total. */
@Component({
  selector: 'be-quote-lines',
  templateUrl: './quote-lines.html',
  styleUrls: ['../shared/checkout-ui.css', './quote-lines.css'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class QuoteLines {
  readonly quote = input.required<ShownQuote>();
  readonly names = input.required<QuoteNames>();
  readonly unitTypeCode = input.required<string>();

  private readonly locale = injectGuestLocale();
  protected readonly rows = computed(() => quoteRows(this.quote(), this.names(), this.unitTypeCode(), this.locale));
  protected readonly total = computed(() => formatMoney(this.quote().totalMinor, this.quote().currency, this.locale));
}
