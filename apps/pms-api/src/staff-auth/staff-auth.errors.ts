import { ContextError } from '../common/context-error';

export const StaffAuthErrorCode = {
  SIGN_IN_REQUIRED: 'SIGN_IN_REQUIRED',
  SESSION_UNAVAILABLE: 'SESSION_UNAVAILABLE',
  INVALID_CREDENTIALS: 'INVALID_CREDENTIALS',
  ROLE_FORBIDDEN: 'ROLE_FORBIDDEN',
  CSRF_REJECTED: 'CSRF_REJECTED',
  ACCOUNT_LOCKED: 'ACCOUNT_LOCKED',
  TOO_MANY_ATTEMPTS: 'TOO_MANY_ATTEMPTS',
  SIGN_IN_UNAVAILABLE: 'SIGN_IN_UNAVAILABLE',
  STAFF_USER_NOT_FOUND: 'STAFF_USER_NOT_FOUND',
} as const;
export type StaffAuthErrorCode = (typeof StaffAuthErrorCode)[keyof typeof StaffAuthErrorCode];

/**
 * The one error type of staff sign-in and sessions. `retryAfterSeconds` becomes the
 * Retry-After header of a 429 or 503 (and is in details, for clients that cannot read it).
 */
export class StaffAuthError extends ContextError<StaffAuthErrorCode> {
  get retryAfterSeconds(): number | undefined {
    const value = this.details['retryAfterSeconds'];
    return typeof value === 'number' ? value : undefined;
  }
}
