/**
 * Error codes the staff sign-in and session routes answer with (in `ApiError.code`), and
 * what the console should do about each.
 */
export const STAFF_AUTH_ERROR_CODES = [
  /** 401: no session, or it expired or was revoked: show the sign-in page. */
  'SIGN_IN_REQUIRED',
  /** 401: the session store is unreachable: show the sign-in page with the message. */
  'SESSION_UNAVAILABLE',
  /** 401: wrong e-mail or password (never says which); details.attemptsLeft before a lock. */
  'INVALID_CREDENTIALS',
  /** 403: signed in, but the role may not do this. */
  'ROLE_FORBIDDEN',
  /** 403: a write without the session's X-CSRF-Token, or from another site. */
  'CSRF_REJECTED',
  /** 429: too many failed sign-ins for this e-mail; Retry-After and details.retryAt say when. */
  'ACCOUNT_LOCKED',
  /** 429: too many sign-in attempts from this network; Retry-After says when. */
  'TOO_MANY_ATTEMPTS',
  /** 503: signing in is not possible right now (session store down); try again shortly. */
  'SIGN_IN_UNAVAILABLE',
  /** 404: no staff user with that id. */
  'STAFF_USER_NOT_FOUND',
] as const;
export type StaffAuthErrorCodeName = (typeof STAFF_AUTH_ERROR_CODES)[number];
