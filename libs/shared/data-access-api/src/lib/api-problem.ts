import { HttpErrorResponse } from '@angular/common/http';
import type { ApiError } from '@pitchdesk/contracts';

/** What went wrong, in the terms the pages act on. */
export type ApiProblem =
  /** The API could not be reached (offline, campsite Wi-Fi, a deploy): retry. */
  | { readonly kind: 'unreachable' }
  /** The API answered with an error body: `code` is stable, `fields` name bad inputs. */
  | { readonly kind: 'refused'; readonly status: number; readonly code: string; readonly message: string; readonly fields: Readonly<Record<string, string>>; readonly details: Readonly<Record<string, unknown>> };

export function describeApiProblem(error: unknown): ApiProblem {
  if (error instanceof HttpErrorResponse) {
    // 0: no answer at all. 502-504: a proxy answered for an API it could not reach.
    if (error.status === 0 || error.status === 502 || error.status === 503 || error.status === 504) {
      return { kind: 'unreachable' };
    }
    const body = (typeof error.error === 'object' && error.error !== null ? error.error : {}) as Partial<ApiError>;
    return {
      kind: 'refused',
      status: error.status,
      code: body.code ?? `HTTP_${error.status}`,
      message: body.message ?? error.message,
      fields: body.fields ?? {},
      details: body.details ?? {},
    };
  }
  return { kind: 'unreachable' };
}
