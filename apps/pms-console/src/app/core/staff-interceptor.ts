import type { HttpEvent, HttpHandlerFn, HttpInterceptorFn, HttpRequest } from '@angular/common/http';
import { HttpErrorResponse, HttpResponse, HttpRequest as Request } from '@angular/common/http';
import { inject } from '@angular/core';
import { Router } from '@angular/router';
import type { ApiError, StaffSession as StaffSessionBody } from '@pitchdesk/contracts';
import type { Observable } from 'rxjs';
import { catchError, filter, switchMap, throwError } from 'rxjs';
import { CSRF_HEADER, StaffSession } from './staff-session';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Staff API calls: the CSRF token on every write; a 401 (session expired or revoked)
 * sends the user to sign-in; one CSRF_REJECTED (token rotated) refetches the token and
 * retries once. The session routes themselves are left alone: their 401s are answers.
 */
export const staffInterceptor: HttpInterceptorFn = (req, next) => {
  // Checked first: /config.json itself comes through here, before the session can know its URL.
  if (!req.url.includes('/staff/')) {
    return next(req);
  }
  const session = inject(StaffSession);
  const router = inject(Router);
  const sessionUrl = session.url;
  const isSessionRoute = req.url === sessionUrl;

  return next(withToken(req, session.csrfToken())).pipe(
    catchError((error: unknown) => {
      if (!(error instanceof HttpErrorResponse) || isSessionRoute) {
        return throwError(() => error);
      }
      const code = errorCode(error);
      if (error.status === 401) {
        session.clear();
        void router.navigate(['/sign-in'], {
          queryParams: { reason: code === 'SESSION_UNAVAILABLE' ? 'again' : 'expired', next: router.url },
        });
      } else if (error.status === 403 && code === 'CSRF_REJECTED' && !SAFE_METHODS.has(req.method)) {
        return refetchSession(sessionUrl, next).pipe(
          switchMap((body) => {
            session.adopt(body);
            return next(withToken(req, body.csrfToken));
          }),
        );
      }
      return throwError(() => error);
    }),
  );
};

function withToken(req: HttpRequest<unknown>, token: string | null): HttpRequest<unknown> {
  return SAFE_METHODS.has(req.method) || token === null ? req : req.clone({ setHeaders: { [CSRF_HEADER]: token } });
}

/** Straight to the next handler: this GET must not loop back through the retry. */
function refetchSession(url: string, next: HttpHandlerFn): Observable<StaffSessionBody> {
  return next(new Request<null>('GET', url, null, { responseType: 'json' })).pipe(
    filter((event: HttpEvent<unknown>): event is HttpResponse<StaffSessionBody> => event instanceof HttpResponse),
    switchMap((response) => (response.body ? [response.body] : throwError(() => new Error('empty session answer')))),
  );
}

function errorCode(error: HttpErrorResponse): string | undefined {
  const body = error.error as Partial<ApiError> | null;
  return typeof body === 'object' && body !== null ? body.code : undefined;
}
