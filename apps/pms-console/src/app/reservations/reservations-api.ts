import { HttpClient, HttpHeaders, HttpParams } from '@angular/common/http';
import { inject, Service } from '@angular/core';
// Types only: the schemas (and zod) stay out of the bundle.
import type {
  DeskBookingRequestBody,
  DeskQuote,
  DeskQuoteRequestBody,
  ReservationCancelBody,
  ReservationChange,
  ReservationDetail,
  ReservationEditBody,
  ReservationList,
  ReservationListQuery,
  ReservationNote,
} from '@pitchdesk/contracts';
import { RuntimeConfig } from '@pitchdesk/shared/data-access-runtime-config';
import { firstValueFrom } from 'rxjs';

/** What the booking form offers: unit types with their units, and the extras of the rate card. */
export interface DeskCatalogue {
  readonly unitTypes: readonly { id: string; code: string; name: Record<string, string>; maxGuests: number }[];
  readonly units: readonly { id: string; unitTypeId: string; code: string }[];
  readonly extras: readonly { code: string; name: Record<string, string>; unitTypeCodes: readonly string[]; maxQuantity?: number }[];
}

/** The reservation desk of the configured property; failures reject with HttpErrorResponse. */
@Service()
export class ReservationsApi {
  private readonly http = inject(HttpClient);
  private readonly config = inject(RuntimeConfig);

  private get slug(): string {
    return encodeURIComponent(this.config.current.propertySlug);
  }

  private get base(): string {
    return `${this.config.current.apiBaseUrl}/staff/properties/${this.slug}/reservations`;
  }

  list(query: ReservationListQuery): Promise<ReservationList> {
    let params = new HttpParams();
    for (const [key, value] of Object.entries(query)) {
      if (value !== undefined && value !== '') {
        params = params.set(key, String(value));
      }
    }
    return firstValueFrom(this.http.get<ReservationList>(this.base, { params }));
  }

  detail(id: string): Promise<ReservationDetail> {
    return firstValueFrom(this.http.get<ReservationDetail>(`${this.base}/${encodeURIComponent(id)}`));
  }

  /** `key` stays the same for every retry of one booking form: the API books it once. */
  create(body: DeskBookingRequestBody, key: string): Promise<ReservationDetail> {
    return firstValueFrom(this.http.post<ReservationDetail>(this.base, body, { headers: new HttpHeaders({ 'idempotency-key': key }) }));
  }

  quote(body: DeskQuoteRequestBody): Promise<DeskQuote> {
    return firstValueFrom(this.http.post<DeskQuote>(`${this.base}/quote`, body));
  }

  /** `etag`: the reservation as the form was filled from; a change by anyone since answers 412. */
  edit(id: string, body: ReservationEditBody, etag: string): Promise<ReservationChange> {
    return firstValueFrom(
      this.http.patch<ReservationChange>(`${this.base}/${encodeURIComponent(id)}`, body, { headers: new HttpHeaders({ 'if-match': etag }) }),
    );
  }

  cancel(id: string, body: ReservationCancelBody): Promise<ReservationChange> {
    return firstValueFrom(this.http.post<ReservationChange>(`${this.base}/${encodeURIComponent(id)}/cancel`, body));
  }

  addNote(id: string, text: string): Promise<ReservationNote> {
    return firstValueFrom(this.http.post<ReservationNote>(`${this.base}/${encodeURIComponent(id)}/notes`, { text }));
  }

  /** The public catalogue and rate card (what the booking engine shows), read once per form. */
  async catalogue(): Promise<DeskCatalogue> {
    const api = this.config.current.apiBaseUrl;
    const [catalogue, card] = await Promise.all([
      firstValueFrom(this.http.get<Pick<DeskCatalogue, 'unitTypes' | 'units'>>(`${api}/properties/${this.slug}/catalogue`)),
      firstValueFrom(this.http.get<{ extras?: DeskCatalogue['extras'] }>(`${api}/properties/${this.slug}/rate-card`)),
    ]);
    return { unitTypes: catalogue.unitTypes, units: catalogue.units, extras: card.extras ?? [] };
  }
}
