import type { BookingRequestBody } from '@pitchdesk/contracts';
// The shared contract: the browser refuses exactly what the API would (zod, in this lazy chunk only).
import { guestDetailsSchema } from '@pitchdesk/contracts';

export const GUEST_FIELDS = ['firstName', 'lastName', 'email', 'phone', 'country'] as const;
export type GuestField = (typeof GUEST_FIELDS)[number];

/** What is wrong with a field, in terms a translated message can be chosen by. */
export type GuestProblem = 'required' | 'invalid' | 'too-long';

export type GuestProblems = Partial<Record<GuestField, GuestProblem>>;
export type GuestDetails = BookingRequestBody['guest'];
export type GuestDraft = Readonly<Record<string, string>>;

const REQUIRED: ReadonlySet<GuestField> = new Set(['firstName', 'lastName', 'email', 'country']);

/** The draft as it would be sent: trimmed (autofill leaves spaces), no empty optional phone. */
export function guestBody(draft: GuestDraft): Record<string, string> {
  const body: Record<string, string> = {};
  for (const field of GUEST_FIELDS) {
    const value = (draft[field] ?? '').trim();
    if (value !== '' || REQUIRED.has(field)) {
      body[field] = value;
    }
  }
  return body;
}

/**
 * Checks the draft with the shared contract and names one problem per field. The zod
 * message is never shown (it is English): its code picks one of our translated messages.
 */
export function guestProblems(draft: GuestDraft): GuestProblems {
  const body = guestBody(draft);
  const result = guestDetailsSchema.safeParse(body);
  if (result.success) {
    return {};
  }
  const problems: GuestProblems = {};
  for (const issue of result.error.issues) {
    const field = issue.path[0];
    if (!isGuestField(field) || problems[field]) {
      continue;
    }
    if (REQUIRED.has(field) && !body[field]) {
      problems[field] = 'required';
    } else {
      problems[field] = issue.code === 'too_big' ? 'too-long' : 'invalid';
    }
  }
  return problems;
}

/** The valid guest details, or null: what the booking request carries. */
export function validGuest(draft: GuestDraft): GuestDetails | null {
  const result = guestDetailsSchema.safeParse(guestBody(draft));
  return result.success ? result.data : null;
}

/** API field paths (`body.guest.email`) that name a guest field. */
export function refusedGuestFields(fields: Readonly<Record<string, string>>): GuestField[] {
  return GUEST_FIELDS.filter((field) => Object.keys(fields).some((path) => path.endsWith(`guest.${field}`)));
}

export function isGuestField(value: unknown): value is GuestField {
  return (GUEST_FIELDS as readonly unknown[]).includes(value);
}
