import { HttpErrorResponse } from '@angular/common/http';
import { inject, Service } from '@angular/core';
import type { RateCard } from '@pitchdesk/domain';
import type { ApiProblem } from '@pitchdesk/shared/data-access-api';
import { describeApiProblem } from '@pitchdesk/shared/data-access-api';
import type { PropertyCatalogue } from '../../core/booking-api';
import { BookingApi } from '../../core/booking-api';

/**
 * The property's catalogue and rate card, fetched once per page load and shared by the
 * checkout steps, the confirmation and the manage page. A failed fetch is forgotten, so
 * "try again" really asks again.
 */
@Service()
export class PropertyFacts {
  private readonly api = inject(BookingApi);
  private cataloguePromise: Promise<PropertyCatalogue> | undefined;
  private rateCardPromise: Promise<RateCard> | undefined;

  catalogue(): Promise<PropertyCatalogue> {
    this.cataloguePromise ??= this.api.catalogue().catch((error: unknown) => {
      this.cataloguePromise = undefined;
      throw error;
    });
    return this.cataloguePromise;
  }

  rateCard(): Promise<RateCard> {
    this.rateCardPromise ??= this.api.rateCard().catch((error: unknown) => {
      this.rateCardPromise = undefined;
      throw error;
    });
    return this.rateCardPromise;
  }
}

/**
 * What a failed `resource()` means to the guest. Resources wrap rejections that are not
 * `Error`s (HttpErrorResponse is not one) and keep the original as `cause`.
 */
export function resourceProblem(error: Error | undefined): ApiProblem | null {
  if (!error) {
    return null;
  }
  const original = !(error instanceof HttpErrorResponse) && 'cause' in error ? error.cause : error;
  return describeApiProblem(original);
}
