import type { ApiProblem } from '@pitchdesk/shared/data-access-api';

/** A rule the stay or party breaks; `message` when the API explained it in the guest's language. */
export interface StayViolation {
  readonly code: string;
  readonly params: Readonly<Record<string, unknown>>;
  readonly message?: string;
}

/** Why a hold was refused, in the terms the page acts on (codes: apps/pms-api reservations.errors.ts). */
export type HoldFailure =
  /** 409: someone else holds or booked the unit for some of these nights: offer the nearest others. */
  | { readonly kind: 'unit-taken' }
  /** 409: no unit of the type is free any more: back to the search. */
  | { readonly kind: 'no-unit-available' }
  /** 422: the stay or party breaks a rule of the unit or type. */
  | { readonly kind: 'stay-not-allowed'; readonly violations: readonly StayViolation[] }
  /** 409: too many guests booking these nights at once: try again. */
  | { readonly kind: 'busy' }
  /** No answer: the hold may or may not exist; trying again is safe (an orphan hold expires). */
  | { readonly kind: 'unreachable' }
  /** 400/404: the search in the link is not one the API accepts: start the search again. */
  | { readonly kind: 'search-invalid' }
  /** Anything else (e.g. no prices yet): say so, with the API's message. */
  | { readonly kind: 'failed'; readonly message: string };

export function holdFailureOf(problem: ApiProblem): HoldFailure {
  if (problem.kind === 'unreachable') {
    return { kind: 'unreachable' };
  }
  switch (problem.code) {
    case 'UNIT_TAKEN':
      return { kind: 'unit-taken' };
    case 'NO_UNIT_AVAILABLE':
      return { kind: 'no-unit-available' };
    case 'STAY_NOT_ALLOWED':
      return { kind: 'stay-not-allowed', violations: violationsOf(problem.details['violations']) };
    case 'BUSY':
      return { kind: 'busy' };
    case 'VALIDATION_FAILED':
    case 'UNIT_NOT_FOUND':
    case 'PROPERTY_NOT_FOUND':
      return { kind: 'search-invalid' };
    default:
      return { kind: 'failed', message: problem.message };
  }
}

/** `details.violations` as sent, keeping only well-formed entries: the body is not schema-checked here. */
function violationsOf(value: unknown): StayViolation[] {
  if (!Array.isArray(value)) {
    return [];
  }
  return value.flatMap((item: unknown) => {
    if (typeof item !== 'object' || item === null || typeof (item as { code?: unknown }).code !== 'string') {
      return [];
    }
    const { code, params, message } = item as { code: string; params?: unknown; message?: unknown };
    return [
      {
        code,
        params: typeof params === 'object' && params !== null ? (params as Record<string, unknown>) : {},
        ...(typeof message === 'string' && { message }),
      },
    ];
  });
}
