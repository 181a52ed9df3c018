import { inject, Service } from '@angular/core';
import type { BookingCreated } from '@pitchdesk/contracts';
import type { ApiProblem } from '@pitchdesk/shared/data-access-api';
import { describeApiProblem } from '@pitchdesk/shared/data-access-api';
import { BookingApi } from '../../core/booking-api';
import type { CheckoutState } from '../../core/checkout-session';
import type { GuestLocale } from '../../core/guest-locale';
import type { GuestDetails, GuestField } from '../details/guest-validation';
import { refusedGuestFields } from '../details/guest-validation';

/** What happened to a confirmation, in the terms the review step acts on. */
export type ConfirmOutcome =
  | { readonly kind: 'booked'; readonly created: BookingCreated }
  /** The hold ran out (or is gone): offer to hold the unit again. */
  | { readonly kind: 'hold-expired' }
  /** The API refused guest fields: back to the details with their messages. */
  | { readonly kind: 'fields-refused'; readonly fields: readonly GuestField[] }
  /** No answer: the booking may or may not exist; retrying with the same key is safe. */
  | { readonly kind: 'unreachable' }
  /** The API failed on its side; retrying with the same key is safe too. */
  | { readonly kind: 'server-error' }
  /** This hold was booked with another key (another tab, another device). */
  | { readonly kind: 'already-booked' }
  /** The key was used with other details: the first attempt may have booked. */
  | { readonly kind: 'key-reused' }
  | { readonly kind: 'refused' };

/**
 * Confirms the hold with the checkout's own idempotency key: a retry after a lost answer
 * sends the same key, so the API answers with the booking it made instead of a second one.
 */
@Service()
export class ConfirmBooking {
  private readonly api = inject(BookingApi);

  async confirm(state: CheckoutState, guest: GuestDetails, locale: GuestLocale): Promise<ConfirmOutcome> {
    try {
      const created = await this.api.book({ holdId: state.hold.holdId, guest, extras: [...state.extras], locale }, state.idempotencyKey);
      return { kind: 'booked', created };
    } catch (error) {
      return outcomeOf(describeApiProblem(error));
    }
  }
}

export function outcomeOf(problem: ApiProblem): ConfirmOutcome {
  if (problem.kind === 'unreachable') {
    return { kind: 'unreachable' };
  }
  if (problem.status >= 500) {
    return { kind: 'server-error' };
  }
  switch (problem.code) {
    case 'HOLD_EXPIRED':
    case 'HOLD_NOT_FOUND':
      return { kind: 'hold-expired' };
    case 'VALIDATION_FAILED': {
      const fields = refusedGuestFields(problem.fields);
      return fields.length > 0 ? { kind: 'fields-refused', fields } : { kind: 'refused' };
    }
    case 'ALREADY_BOOKED':
      return { kind: 'already-booked' };
    case 'IDEMPOTENCY_KEY_REUSED':
      return { kind: 'key-reused' };
    default:
      return { kind: 'refused' };
  }
}
