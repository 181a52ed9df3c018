import { HttpClient, HttpErrorResponse } from '@angular/common/http';
import type { HttpResponse } from '@angular/common/http';
import { inject, Service, signal } from '@angular/core';
import { RuntimeConfig } from '@pitchdesk/shared/data-access-runtime-config';
import { firstValueFrom } from 'rxjs';

/** The HTTP Date header has whole seconds: smaller offsets are measurement noise. */
const NOISE_MS = 2_000;

/**
 * Estimates how far the browser's clock is from the API's from the Date header of one
 * small request: a phone set five minutes fast would otherwise show a hold expiring
 * five minutes early (or, worse, late). Without an answer the browser's clock is used.
 */
export function clockOffsetMs(dateHeader: string | null, sentAtMs: number, receivedAtMs: number): number {
  const serverMs = dateHeader ? Date.parse(dateHeader) : Number.NaN;
  if (Number.isNaN(serverMs)) {
    return 0;
  }
  // The header truncates to the second (+500 ms on average); the answer left mid-flight.
  const offset = serverMs + 500 - (sentAtMs + receivedAtMs) / 2;
  return Math.abs(offset) < NOISE_MS ? 0 : Math.round(offset);
}

@Service()
export class ServerClock {
  private readonly http = inject(HttpClient);
  private readonly config = inject(RuntimeConfig);
  private synced: Promise<void> | undefined;
  /** Server time minus browser time. */
  readonly offsetMs = signal(0);

  /** The server's now, as best this browser knows it. Reactive on the offset only. */
  now(): number {
    return Date.now() + this.offsetMs();
  }

  /** Measures once per page load; later calls share the first measurement. */
  sync(): Promise<void> {
    this.synced ??= this.measure();
    return this.synced;
  }

  private async measure(): Promise<void> {
    const sentAt = Date.now();
    let response: HttpResponse<unknown> | HttpErrorResponse;
    try {
      // The liveness probe: tiny, never cached, answered by the API itself (not a CDN).
      response = await firstValueFrom(this.http.get(this.config.apiUrl('health/live'), { observe: 'response' }));
    } catch (error) {
      if (!(error instanceof HttpErrorResponse)) {
        return;
      }
      response = error;
    }
    this.offsetMs.set(clockOffsetMs(response.headers.get('date'), sentAt, Date.now()));
  }
}
