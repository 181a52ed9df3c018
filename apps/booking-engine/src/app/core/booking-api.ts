import { HttpClient, HttpHeaders, HttpParams } from '@angular/common/http';
import { inject, Service } from '@angular/core';
import { firstValueFrom } from 'rxjs';
// Types only: the schemas (and zod) stay out of every bundle that does not validate.
import type {
  AvailabilityResponse,
  BookingCreated,
  BookingRequestBody,
  BookingView,
  HoldRequestBody,
  HoldResponse,
  NightOccupancy,
  PropertySummary,
  QuoteRequestBody,
  QuoteResponse,
} from '@pitchdesk/contracts';
import type { RateCard, Unit, UnitType } from '@pitchdesk/domain';
import { RuntimeConfig } from '@pitchdesk/shared/data-access-runtime-config';

/** What the guest is searching for, as the availability query string carries it. */
export interface StaySearch {
  readonly arrival: string;
  readonly departure: string;
  readonly adults: number;
  readonly childrenAges: readonly number[];
  readonly pets: number;
  readonly vehicles: number;
  readonly types?: readonly string[];
  readonly electricity?: boolean;
  readonly shade?: readonly ('none' | 'partial' | 'full')[];
  readonly petsAllowed?: boolean;
  readonly accessible?: boolean;
}

export interface PropertyCatalogue {
  readonly property: PropertySummary;
  readonly unitTypes: readonly UnitType[];
  readonly units: readonly Unit[];
}

/**
 * The public booking API, typed by the shared contracts. Every call goes to the API base
 * of the runtime configuration; failures reject with Angular's HttpErrorResponse, which
 * `describeApiProblem` turns into what the guest is told.
 */
@Service()
export class BookingApi {
  private readonly http = inject(HttpClient);
  private readonly config = inject(RuntimeConfig);

  get propertySlug(): string {
    return this.config.current.propertySlug;
  }

  catalogue(): Promise<PropertyCatalogue> {
    return this.get(`properties/${this.propertySlug}/catalogue`);
  }

  rateCard(): Promise<RateCard> {
    return this.get(`properties/${this.propertySlug}/rate-card`);
  }

  /** `withUnits`: list each type's free unit ids (the site map); a results list needs only counts. */
  availability(search: StaySearch, lang: string, options: { withUnits?: boolean } = {}): Promise<AvailabilityResponse> {
    const params = availabilityParams(search, lang);
    return this.get(`properties/${this.propertySlug}/availability`, options.withUnits ? params.set('units', 'true') : params);
  }

  /** Free units per type and night of [from, to), for the date picker (at most 93 nights). */
  nights(from: string, to: string): Promise<NightOccupancy> {
    return this.get(`properties/${this.propertySlug}/nights`, new HttpParams().set('from', from).set('to', to));
  }

  quote(body: QuoteRequestBody): Promise<QuoteResponse> {
    return this.post(`properties/${this.propertySlug}/quotes`, body);
  }

  hold(body: HoldRequestBody): Promise<HoldResponse> {
    return this.post(`properties/${this.propertySlug}/holds`, body);
  }

  /** The same key on a retry returns the same booking: a lost answer never books twice. */
  book(body: BookingRequestBody, idempotencyKey: string): Promise<BookingCreated> {
    return this.post('bookings', body, new HttpHeaders({ 'idempotency-key': idempotencyKey }));
  }

  booking(reference: string, manageToken: string): Promise<BookingView> {
    return firstValueFrom(
      this.http.get<BookingView>(this.config.apiUrl(`bookings/${encodeURIComponent(reference)}`), {
        headers: bearer(manageToken),
      }),
    );
  }

  cancel(reference: string, manageToken: string): Promise<BookingView> {
    return this.post(`bookings/${encodeURIComponent(reference)}/cancellation`, {}, bearer(manageToken));
  }

  private get<T>(path: string, params?: HttpParams): Promise<T> {
    return firstValueFrom(this.http.get<T>(this.config.apiUrl(path), params ? { params } : {}));
  }

  private post<T>(path: string, body: unknown, headers?: HttpHeaders): Promise<T> {
    return firstValueFrom(this.http.post<T>(this.config.apiUrl(path), body, headers ? { headers } : {}));
  }
}

function bearer(token: string): HttpHeaders {
  return new HttpHeaders({ authorization: `Bearer ${token}` });
}

/** The availability query string: only what is set, lists comma-separated. */
export function availabilityParams(search: StaySearch, lang: string): HttpParams {
  let params = new HttpParams()
    .set('arrival', search.arrival)
    .set('departure', search.departure)
    .set('adults', search.adults)
    .set('lang', lang);
  if (search.childrenAges.length > 0) {
    params = params.set('children', search.childrenAges.join(','));
  }
  if (search.pets > 0) {
    params = params.set('pets', search.pets);
  }
  if (search.vehicles > 0) {
    params = params.set('vehicles', search.vehicles);
  }
  if (search.types?.length) {
    params = params.set('types', search.types.join(','));
  }
  if (search.shade?.length) {
    params = params.set('shade', search.shade.join(','));
  }
  for (const flag of ['electricity', 'petsAllowed', 'accessible'] as const) {
    if (search[flag]) {
      params = params.set(flag, 'true');
    }
  }
  return params;
}
