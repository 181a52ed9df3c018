import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Service } from '@angular/core';
// Types only: the schemas (and zod) stay out of the bundle.
import type { MoveRequestBody, MoveResult, PlanningBoard, StaffLiveSubscription } from '@pitchdesk/contracts';
import { RuntimeConfig } from '@pitchdesk/shared/data-access-runtime-config';
import { firstValueFrom } from 'rxjs';

/** The staff API of the configured property; failures reject with HttpErrorResponse. */
@Service()
export class StaffApi {
  private readonly http = inject(HttpClient);
  private readonly config = inject(RuntimeConfig);

  private get base(): string {
    const { apiBaseUrl, propertySlug } = this.config.current;
    return `${apiBaseUrl}/staff/properties/${encodeURIComponent(propertySlug)}`;
  }

  planning(from: string, days: number): Promise<PlanningBoard> {
    const params = new HttpParams().set('from', from).set('days', days);
    return firstValueFrom(this.http.get<PlanningBoard>(`${this.base}/planning`, { params }));
  }

  /** A short-lived subscriber token for the property's private staff stream. */
  live(): Promise<StaffLiveSubscription> {
    return firstValueFrom(this.http.get<StaffLiveSubscription>(`${this.base}/live`));
  }

  move(reservationId: string, body: MoveRequestBody): Promise<MoveResult> {
    return firstValueFrom(this.http.post<MoveResult>(`${this.base}/reservations/${encodeURIComponent(reservationId)}/move`, body));
  }
}
