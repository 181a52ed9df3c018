// Zod-free on purpose: the console imports this through `@pitchdesk/contracts/front-desk`
// to show the same gaps the API checks, without the schemas in its bundle.
import { ITALY } from './front-desk-code-lists';

/** The registration fields of one guest, as the police report needs them (null: not given yet). */
export interface RegistrationGuestFields {
  readonly surname: string | null;
  readonly givenName: string | null;
  readonly sex: 'M' | 'F' | null;
  readonly birthDate: string | null;
  readonly birthCountry: string | null;
  readonly birthComune: string | null;
  readonly birthProvince: string | null;
  readonly citizenship: string | null;
  readonly documentType: string | null;
  readonly documentNumber: string | null;
  readonly documentIssueCountry: string | null;
  readonly documentIssueComune: string | null;
}
export type RegistrationField = keyof RegistrationGuestFields;

/** A family (police tipo 17/19) or a group (18/20); a guest alone is 16. */
export type GroupKind = 'family' | 'group';

/** What check-in still needs: per guest (0-based position; null for the whole registration), the fields to fill. */
export interface RegistrationGap {
  readonly guest: number | null;
  readonly fields: readonly string[];
}

const ALWAYS_REQUIRED: readonly RegistrationField[] = ['surname', 'givenName', 'sex', 'birthDate', 'birthCountry', 'citizenship'];

/** The fields the police report needs of this guest; the head (position 0) also gives a document. */
export function requiredFields(guest: Pick<RegistrationGuestFields, 'birthCountry' | 'documentIssueCountry'>, head: boolean): RegistrationField[] {
  const required: RegistrationField[] = [...ALWAYS_REQUIRED];
  if (guest.birthCountry === ITALY) {
    required.push('birthComune', 'birthProvince');
  }
  if (head) {
    required.push('documentType', 'documentNumber', 'documentIssueCountry');
    if (guest.documentIssueCountry === ITALY) {
      required.push('documentIssueComune');
    }
  }
  return required;
}

/**
 * What stops check-in: every guest of the party registered (`partySize`: adults and
 * children, infants included: the police report lists everyone who stays), each with the
 * report's fields, the head with a document. Empty when check-in may go ahead.
 */
export function registrationGaps(
  registration: { readonly groupKind: GroupKind | null; readonly guests: readonly RegistrationGuestFields[] },
  partySize: number,
): RegistrationGap[] {
  const gaps: RegistrationGap[] = [];
  const whole: string[] = [];
  // More guests than the party happens when the party was edited after registering: fix one or the other.
  if (registration.guests.length !== partySize) {
    whole.push('guests');
  }
  if (partySize > 1 && registration.groupKind === null) {
    whole.push('groupKind');
  }
  if (whole.length > 0) {
    gaps.push({ guest: null, fields: whole });
  }
  registration.guests.forEach((guest, position) => {
    const fields = requiredFields(guest, position === 0).filter((field) => guest[field] === null);
    if (fields.length > 0) {
      gaps.push({ guest: position, fields });
    }
  });
  return gaps;
}

/** The police report's tipo alloggiato of the guest at `position` (0 = head). */
export function guestTypeCode(position: number, guests: number, groupKind: GroupKind | null): '16' | '17' | '18' | '19' | '20' {
  if (guests <= 1) {
    return '16';
  }
  const group = groupKind === 'group';
  if (position === 0) {
    return group ? '18' : '17';
  }
  return group ? '20' : '19';
}
