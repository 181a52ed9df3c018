import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { Params } from '@angular/router';
import { RouterLink } from '@angular/router';
import type { AvailabilityResponse } from '@pitchdesk/contracts';
import { injectGuestLocale } from '../../core/guest-locale';
import { formatMoney } from '../../core/money';
import { fromPricePerNight } from './from-price';
import type { UnitTypeFacts } from './unit-type-facts';

export type UnitTypeResult = AvailabilityResponse['results'][number];

/** How many units are free: `freeUnitCount`, or the ids' count from an API that predates it. */
export function freeUnits(result: UnitTypeResult): number {
  return (result.freeUnitCount as number | undefined) ?? result.freeUnitIds?.length ?? 0;
}

/** One unit type in the results: what it is, what the stay costs, or why it does not fit. */
@Component({
  selector: 'be-result-card',
  imports: [RouterLink],
  templateUrl: './result-card.html',
  styleUrl: './result-card.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ResultCard {
  readonly result = input.required<UnitTypeResult>();
  readonly facts = input<UnitTypeFacts | undefined>(undefined);
  /** The search's query params, carried to the unit type's page. */
  readonly queryParams = input.required<Params>();

  private readonly locale = injectGuestLocale();

  protected readonly headingId = computed(() => `result-${this.result().unitType.code}`);
  protected readonly name = computed(() => this.result().unitType.name[this.locale]);
  protected readonly description = computed(() => this.result().unitType.description[this.locale]);
  protected readonly free = computed(() => freeUnits(this.result()));
  protected readonly price = computed(() => {
    const { quote, available } = this.result();
    if (!quote || !available) {
      return null;
    }
    const perNight = fromPricePerNight(quote);
    return {
      total: formatMoney(quote.totalMinor, quote.currency, this.locale),
      nights: quote.nights,
      perNight: perNight === null ? null : formatMoney(perNight, quote.currency, this.locale),
    };
  });
}
