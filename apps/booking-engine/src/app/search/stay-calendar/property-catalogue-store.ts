import { inject, resource, Service } from '@angular/core';
import { BookingApi } from '../../core/booking-api';

/**
 * The property's catalogue (unit types, units, currency, time zone) and rate card, loaded
 * once per visit of the search page and shared by the form, the date picker and the
 * results. Either may fail (the API unreachable): the page then works with less (no type
 * filter, no greyed days) and `retry` tries again once the API answers.
 */
@Service({ autoProvided: false })
export class PropertyCatalogueStore {
  private readonly api = inject(BookingApi);

  readonly catalogue = resource({ loader: () => this.api.catalogue() });
  readonly rateCard = resource({ loader: () => this.api.rateCard() });

  /** Reloads whatever failed; what loaded stays. */
  retryFailed(): void {
    for (const loaded of [this.catalogue, this.rateCard]) {
      if (loaded.status() === 'error') {
        loaded.reload();
      }
    }
  }
}
