import * as z from 'zod';
import { calendarDateSchema } from '../booking/party';
import { ITALY, countryCodeSchema, documentTypeSchema, italianProvinceSchema, sexSchema } from './front-desk-codes';

export * from './front-desk-gaps';

/** Most guests one registration lists: the largest party a booking takes (20 adults, 12 children). */
export const MAX_REGISTERED_GUESTS = 32;

const EARLIEST_BIRTH_DATE = '1900-01-01';

/** Today's UTC date; a birth date after it is refused (a property ahead of UTC is at most a day ahead). */
const todayUtc = (): string => new Date().toISOString().slice(0, 10);

/** Free text of at most `max` characters (the police report's field width), trimmed; blank means not given. */
const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `at most ${max} characters`)
    .nullable()
    .optional()
    .transform((value) => (value ? value : null));

const given = <T extends z.ZodType>(schema: T) =>
  schema
    .nullable()
    .optional()
    .transform((value) => value ?? null);

const birthDateSchema = calendarDateSchema
  .refine((date) => date >= EARLIEST_BIRTH_DATE, { message: `expected a birth date after ${EARLIEST_BIRTH_DATE}` })
  .refine((date) => date <= todayUtc(), { message: 'a birth date cannot be in the future' });

const isObject = (payload: { value: unknown }): boolean => typeof payload.value === 'object' && payload.value !== null;

/**
 * One guest of the stay, as the police report (Alloggiati Web) needs them. Every field may
 * be missing in a draft; what is given must be valid. Places: the country (ISO), and for
 * Italy the comune and its province. Only the head of the family or group needs a
 * document (members' documents are optional and not reported).
 */
export const registrationGuestSchema = z
  .object({
    surname: text(50),
    givenName: text(30),
    sex: given(sexSchema),
    birthDate: given(birthDateSchema),
    birthCountry: given(countryCodeSchema),
    birthComune: text(100),
    birthProvince: given(italianProvinceSchema),
    citizenship: given(countryCodeSchema),
    documentType: given(documentTypeSchema),
    documentNumber: given(
      z
        .string()
        .trim()
        .toUpperCase()
        .regex(/^[A-Z0-9]{0,20}$/, 'letters and digits only, at most 20'),
    ).transform((value) => (value ? value : null)),
    documentIssueCountry: given(countryCodeSchema),
    documentIssueComune: text(100),
  })
  // `when`: checked even while other fields of the guest are wrong, so one answer names
  // every bad field at once (zod skips object refinements after field errors by default).
  .refine((guest) => guest.birthCountry === ITALY || guest.birthComune === null, {
    path: ['birthComune'],
    message: 'only for guests born in Italy',
    when: isObject,
  })
  .refine((guest) => guest.birthCountry === ITALY || guest.birthProvince === null, {
    path: ['birthProvince'],
    message: 'only for guests born in Italy',
    when: isObject,
  })
  .refine((guest) => guest.documentIssueCountry === ITALY || guest.documentIssueComune === null, {
    path: ['documentIssueComune'],
    message: 'only for documents issued in Italy',
    when: isObject,
  });
export type RegistrationGuest = z.infer<typeof registrationGuestSchema>;
export type RegistrationGuestInput = z.input<typeof registrationGuestSchema>;

/** A family (tipo 17/19 in the police report) or a group (18/20); a guest alone is 16. */
export const groupKindSchema = z.enum(['family', 'group']);

/**
 * `PUT /api/staff/properties/:slug/reservations/:id/registration`: every guest of the stay,
 * the head of the family or group first. A draft may be incomplete; check-in needs it whole.
 */
export const registrationRequestSchema = z.object({
  groupKind: given(groupKindSchema),
  guests: z.array(registrationGuestSchema).max(MAX_REGISTERED_GUESTS),
});
export type RegistrationRequestBody = z.input<typeof registrationRequestSchema>;
export type RegistrationRequest = z.infer<typeof registrationRequestSchema>;

/** What check-in still needs: one entry per guest (by 0-based position) with the fields left to fill. */
export const registrationGapSchema = z.object({
  /** null for the registration as a whole (too few guests, no family/group kind). */
  guest: z.number().int().nonnegative().nullable(),
  fields: z.array(z.string()).readonly(),
});

/** A saved guest as the console shows it back: the request's fields plus their place and report type. */
export const registeredGuestSchema = z.object({
  position: z.number().int().nonnegative(),
  guestType: z.enum(['16', '17', '18', '19', '20']),
  surname: z.string().nullable(),
  givenName: z.string().nullable(),
  sex: sexSchema.nullable(),
  birthDate: calendarDateSchema.nullable(),
  birthCountry: countryCodeSchema.nullable(),
  birthComune: z.string().nullable(),
  birthProvince: italianProvinceSchema.nullable(),
  citizenship: countryCodeSchema.nullable(),
  documentType: documentTypeSchema.nullable(),
  documentNumber: z.string().nullable(),
  documentIssueCountry: countryCodeSchema.nullable(),
  documentIssueComune: z.string().nullable(),
});
export type RegisteredGuest = z.infer<typeof registeredGuestSchema>;

/** The registration of one stay (`GET` and the `PUT` answer). */
export const registrationSchema = z.object({
  reservationId: z.uuid(),
  reference: z.string(),
  status: z.string(),
  arrival: calendarDateSchema,
  departure: calendarDateSchema,
  /** How many guests check-in needs registered: adults plus children, infants included. */
  partySize: z.number().int().positive(),
  groupKind: groupKindSchema.nullable(),
  guests: z.array(registeredGuestSchema).readonly(),
  /** Empty when check-in may go ahead. */
  gaps: z.array(registrationGapSchema).readonly(),
  complete: z.boolean(),
  /** Null until the first save. */
  updatedAt: z.iso.datetime().nullable(),
});
export type Registration = z.infer<typeof registrationSchema>;
