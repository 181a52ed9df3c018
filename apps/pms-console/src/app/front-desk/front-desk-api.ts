import { HttpClient, HttpHeaders, HttpParams } from '@angular/common/http';
import { inject, Service } from '@angular/core';
// Types only: the schemas (and zod) stay out of the bundle.
import type {
  CheckInResult,
  CheckOutRequestBody,
  CheckOutResult,
  DeskChargeRequestBody,
  DeskChargeResult,
  Folio,
  FrontDeskDay,
  PaymentRequestBody,
  PaymentResult,
  Registration,
  RegistrationRequestBody,
} from '@pitchdesk/contracts';
import { RuntimeConfig } from '@pitchdesk/shared/data-access-runtime-config';
import { firstValueFrom } from 'rxjs';

/** An extra of the rate card in force, as the add-extra form offers it. */
export interface DeskExtra {
  readonly code: string;
  readonly name: Readonly<Record<string, string>>;
  readonly basis: string;
  readonly priceMinor: number;
  readonly unitTypeCodes: readonly string[];
  readonly maxQuantity: number;
}

/** The front desk of the configured property; failures reject with HttpErrorResponse. */
@Service()
export class FrontDeskApi {
  private readonly http = inject(HttpClient);
  private readonly config = inject(RuntimeConfig);

  private get slug(): string {
    return encodeURIComponent(this.config.current.propertySlug);
  }

  private get base(): string {
    return `${this.config.current.apiBaseUrl}/staff/properties/${this.slug}`;
  }

  private stay(id: string): string {
    return `${this.base}/reservations/${encodeURIComponent(id)}`;
  }

  /** Without a date: the property's today. */
  day(date?: string): Promise<FrontDeskDay> {
    const params = date ? new HttpParams().set('date', date) : new HttpParams();
    return firstValueFrom(this.http.get<FrontDeskDay>(`${this.base}/front-desk`, { params }));
  }

  registration(id: string): Promise<Registration> {
    return firstValueFrom(this.http.get<Registration>(`${this.stay(id)}/registration`));
  }

  saveRegistration(id: string, body: RegistrationRequestBody): Promise<Registration> {
    return firstValueFrom(this.http.put<Registration>(`${this.stay(id)}/registration`, body));
  }

  checkIn(id: string): Promise<CheckInResult> {
    return firstValueFrom(this.http.post<CheckInResult>(`${this.stay(id)}/check-in`, {}));
  }

  folio(id: string): Promise<Folio> {
    return firstValueFrom(this.http.get<Folio>(`${this.stay(id)}/folio`));
  }

  /** `key` stays the same for every retry of one click: the API charges once. */
  addExtra(id: string, body: DeskChargeRequestBody, key: string): Promise<DeskChargeResult> {
    return firstValueFrom(this.http.post<DeskChargeResult>(`${this.stay(id)}/folio/charges`, body, { headers: new HttpHeaders({ 'idempotency-key': key }) }));
  }

  /** `key` stays the same for every retry of one payment: the API records it once. */
  pay(id: string, body: PaymentRequestBody, key: string): Promise<PaymentResult> {
    return firstValueFrom(this.http.post<PaymentResult>(`${this.stay(id)}/folio/payments`, body, { headers: new HttpHeaders({ 'idempotency-key': key }) }));
  }

  checkOut(id: string, body: CheckOutRequestBody): Promise<CheckOutResult> {
    return firstValueFrom(this.http.post<CheckOutResult>(`${this.stay(id)}/check-out`, body));
  }

  /** Where the browser downloads the receipt (the session cookie goes along). */
  receiptUrl(id: string, lang: 'it' | 'en'): string {
    return `${this.stay(id)}/receipt.pdf?lang=${lang}`;
  }

  /** The extras of the rate card in force (the public card the booking engine prices with). */
  async extras(): Promise<readonly DeskExtra[]> {
    const card = await firstValueFrom(this.http.get<{ extras?: DeskExtra[] }>(`${this.config.current.apiBaseUrl}/properties/${this.slug}/rate-card`));
    return card.extras ?? [];
  }
}
