import type { GroupKind, RegistrationField, RegistrationGap, RegistrationGuestFields } from '@pitchdesk/contracts/front-desk';
import { ITALY, registrationGaps, requiredFields } from '@pitchdesk/contracts/front-desk';
import type { Registration, RegistrationRequestBody } from '@pitchdesk/contracts';

/** One guest's form as typed: every field text, '' for not given. */
export type GuestForm = Record<RegistrationField, string>;

/** Field messages by `guests.<position>.<field>` (or `guests`, `groupKind`). */
export type RegistrationErrors = Readonly<Record<string, string>>;

export const GUEST_FIELDS: readonly RegistrationField[] = [
  'surname',
  'givenName',
  'sex',
  'birthDate',
  'birthCountry',
  'birthComune',
  'birthProvince',
  'citizenship',
  'documentType',
  'documentNumber',
  'documentIssueCountry',
  'documentIssueComune',
];

export function emptyGuest(): GuestForm {
  return Object.fromEntries(GUEST_FIELDS.map((field) => [field, ''])) as GuestForm;
}

/** The forms for every guest of the party: what was saved, then empty ones up to the party size. */
export function guestForms(registration: Registration): GuestForm[] {
  const saved = registration.guests.map((guest) => Object.fromEntries(GUEST_FIELDS.map((field) => [field, guest[field] ?? ''])) as GuestForm);
  const missing = Math.max(0, registration.partySize - saved.length);
  return [...saved, ...Array.from({ length: missing }, emptyGuest)];
}

const isBlank = (guest: GuestForm): boolean => GUEST_FIELDS.every((field) => guest[field].trim() === '');

/**
 * The draft to save: every field as typed ('' as null), guests after the last one with
 * anything filled in left out, so an untouched form adds no empty guests.
 */
export function registrationBody(groupKind: GroupKind | null, guests: readonly GuestForm[]): RegistrationRequestBody {
  let last = guests.length;
  while (last > 0 && isBlank(guests[last - 1] as GuestForm)) {
    last -= 1;
  }
  return {
    groupKind,
    guests: guests.slice(0, last).map((guest) => {
      const entry: Record<string, string | null> = {};
      for (const field of GUEST_FIELDS) {
        const value = guest[field].trim();
        entry[field] = value === '' ? null : value;
      }
      return entry as RegistrationRequestBody['guests'][number];
    }),
  };
}

/**
 * What check-in still needs, read from the whole form (every guest of the party, blank
 * ones included), so each empty required field is marked, not only the saved guests'.
 */
export function formGaps(groupKind: GroupKind | null, guests: readonly GuestForm[]): RegistrationGap[] {
  const fields = guests.map(
    (guest) => Object.fromEntries(GUEST_FIELDS.map((field) => [field, guest[field].trim() === '' ? null : guest[field].trim()])) as unknown as RegistrationGuestFields,
  );
  return registrationGaps({ groupKind, guests: fields }, guests.length).filter((gap) => gap.guest !== null);
}

/** Which fields show for this guest: Italian places need comune and province; the head gives a document. */
export function visibleFields(guest: GuestForm, head: boolean): ReadonlySet<RegistrationField> {
  const shown = new Set<RegistrationField>(requiredFields({ birthCountry: guest.birthCountry, documentIssueCountry: guest.documentIssueCountry }, head));
  if (guest.birthCountry === ITALY) {
    shown.add('birthComune').add('birthProvince');
  }
  return shown;
}

/** A 400's field messages, keyed as the form keys them (`body.guests.0.sex` -> `guests.0.sex`). */
export function errorsFromFields(fields: Readonly<Record<string, string>>): RegistrationErrors {
  return Object.fromEntries(Object.entries(fields).map(([path, message]) => [path.replace(/^body\./, ''), message]));
}

/** A refused check-in's gaps as messages under the fields still empty. */
export function errorsFromGaps(gaps: readonly RegistrationGap[]): RegistrationErrors {
  const errors: Record<string, string> = {};
  for (const gap of gaps) {
    for (const field of gap.fields) {
      const key = gap.guest === null ? field : `guests.${gap.guest}.${field}`;
      errors[key] = field === 'guests' ? $localize`:@@front-desk.gap-guests:Register every guest of the party.` : $localize`:@@front-desk.gap-field:Needed for check-in.`;
    }
  }
  return errors;
}
