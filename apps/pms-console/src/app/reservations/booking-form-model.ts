import type { DeskBookingRequestBody, DeskGuest, PriceOverride, ReservationDetail, ReservationEditBody } from '@pitchdesk/contracts';
import { parseAmount } from '../core/money';

/** The booking form as typed: text where staff type, the choices where they pick. */
export interface BookingFormValue {
  readonly channel: 'phone' | 'walk-in';
  readonly unitTypeId: string;
  readonly unitId: string;
  readonly arrival: string;
  readonly departure: string;
  readonly adults: string;
  /** Ages on arrival, separated by commas or spaces: "4, 9". */
  readonly childrenAges: string;
  readonly pets: string;
  readonly vehicles: string;
  /** Extra code -> quantity (0: not taken). */
  readonly extras: Readonly<Record<string, number>>;
  readonly firstName: string;
  readonly lastName: string;
  readonly email: string;
  readonly phone: string;
  readonly country: string;
  readonly locale: 'it' | 'en' | 'de' | 'nl';
  readonly priceMode: 'none' | 'total' | 'adjustment';
  readonly priceAmount: string;
  readonly priceReason: string;
  readonly ruleOverride: boolean;
  readonly ruleReason: string;
}

export const EMPTY_BOOKING_FORM: BookingFormValue = {
  channel: 'phone',
  unitTypeId: '',
  unitId: '',
  arrival: '',
  departure: '',
  adults: '2',
  childrenAges: '',
  pets: '0',
  vehicles: '0',
  extras: {},
  firstName: '',
  lastName: '',
  email: '',
  phone: '',
  country: 'IT',
  locale: 'it',
  priceMode: 'none',
  priceAmount: '',
  priceReason: '',
  ruleOverride: false,
  ruleReason: '',
};

/** Field id in the form -> problem to show under it. */
export type FieldErrors = Readonly<Record<string, string>>;

/** The API names bad fields by their path in the request; the form names its inputs. */
const FIELD_OF_PATH: readonly [RegExp, string][] = [
  [/^body\.channel/, 'channel'],
  [/^body\.unitId/, 'unit'],
  [/^body\.stay\.arrival/, 'arrival'],
  [/^body\.stay(\.departure)?$/, 'departure'],
  [/^body\.stay\.departure/, 'departure'],
  [/^body\.party\.adults/, 'adults'],
  [/^body\.party\.childrenAges/, 'children'],
  [/^body\.party\.pets/, 'pets'],
  [/^body\.party\.vehicles/, 'vehicles'],
  [/^body\.extras/, 'extras'],
  [/^body\.guest\.firstName/, 'first-name'],
  [/^body\.guest\.lastName/, 'last-name'],
  [/^body\.guest\.email/, 'email'],
  [/^body\.guest\.phone/, 'phone'],
  [/^body\.guest\.country/, 'country'],
  [/^body\.locale/, 'locale'],
  [/^body\.priceOverride\.reason/, 'price-reason'],
  [/^body\.priceOverride/, 'price-amount'],
  [/^body\.ruleOverride/, 'rule-reason'],
];

/** The API's field problems on the form's inputs; a path no input shows goes under `form`. */
export function fieldErrorsFrom(fields: Readonly<Record<string, string>>): FieldErrors {
  const errors: Record<string, string> = {};
  for (const [path, message] of Object.entries(fields)) {
    const field = FIELD_OF_PATH.find(([pattern]) => pattern.test(path))?.[1] ?? 'form';
    errors[field] ??= message;
  }
  return errors;
}

const whole = (text: string): number => (/^\s*\d+\s*$/.test(text) ? Number(text) : Number.NaN);

/** "4, 9" -> [4, 9]; null when something else was typed. */
export function parseAges(text: string): number[] | null {
  const parts = text.split(/[\s,;]+/).filter((part) => part !== '');
  const ages = parts.map(whole);
  return ages.some(Number.isNaN) ? null : ages;
}

/** What the form says about the stay, or the inputs that stop it from saying anything. */
export function stayOf(value: BookingFormValue): { stay: Pick<DeskBookingRequestBody, 'unitId' | 'stay' | 'party' | 'extras'> } | { errors: FieldErrors } {
  const errors: Record<string, string> = {};
  const ages = parseAges(value.childrenAges);
  if (ages === null) {
    errors['children'] = $localize`:@@reservations.error-ages:Enter ages as numbers separated by commas, e.g. 4, 9`;
  }
  for (const [field, text] of [['adults', value.adults], ['pets', value.pets], ['vehicles', value.vehicles]] as const) {
    if (Number.isNaN(whole(text))) {
      errors[field] = $localize`:@@reservations.error-count:Enter a whole number`;
    }
  }
  if (Object.keys(errors).length > 0 || ages === null) {
    return { errors };
  }
  return {
    stay: {
      unitId: value.unitId,
      stay: { arrival: value.arrival, departure: value.departure },
      party: { adults: whole(value.adults), childrenAges: ages, pets: whole(value.pets), vehicles: whole(value.vehicles) },
      extras: Object.entries(value.extras)
        .filter(([, quantity]) => quantity > 0)
        .map(([code, quantity]) => ({ code, quantity })),
    },
  };
}

export function guestOf(value: BookingFormValue): DeskGuest {
  const optional = (text: string): string | undefined => (text.trim() === '' ? undefined : text.trim());
  return {
    firstName: value.firstName,
    lastName: value.lastName,
    email: optional(value.email),
    phone: optional(value.phone),
    country: value.country.trim().toUpperCase(),
  };
}

/** The price override as typed, or an error on its amount. */
export function priceOverrideOf(value: BookingFormValue): { override: PriceOverride | undefined } | { errors: FieldErrors } {
  if (value.priceMode === 'none') {
    return { override: undefined };
  }
  // The form has no currency: the desk's properties price in euros (2 decimals).
  const minor = parseAmount(value.priceAmount, 2);
  if (minor === null || (value.priceMode === 'total' && minor < 0)) {
    return { errors: { 'price-amount': $localize`:@@reservations.error-amount:Enter an amount such as 45 or 45.50` } };
  }
  return {
    override: value.priceMode === 'total' ? { totalMinor: minor, reason: value.priceReason } : { adjustmentMinor: minor, reason: value.priceReason },
  };
}

/** The new booking's request, or the inputs to fix first. */
export function bookingBody(value: BookingFormValue): { body: DeskBookingRequestBody } | { errors: FieldErrors } {
  const stay = stayOf(value);
  const price = priceOverrideOf(value);
  if ('errors' in stay || 'errors' in price) {
    return { errors: { ...('errors' in stay ? stay.errors : {}), ...('errors' in price ? price.errors : {}) } };
  }
  return {
    body: {
      channel: value.channel,
      ...stay.stay,
      guest: guestOf(value),
      locale: value.locale,
      ...(price.override && { priceOverride: price.override }),
      ...(value.ruleOverride && { ruleOverride: { reason: value.ruleReason } }),
    },
  };
}

/** The form filled from a reservation, to edit it. */
export function formOf(reservation: ReservationDetail): BookingFormValue {
  return {
    ...EMPTY_BOOKING_FORM,
    channel: reservation.channel === 'walk-in' ? 'walk-in' : 'phone',
    unitTypeId: reservation.unitType.id,
    unitId: reservation.unit.id,
    arrival: reservation.arrival,
    departure: reservation.departure,
    adults: String(reservation.party.adults),
    childrenAges: reservation.party.childrenAges.join(', '),
    pets: String(reservation.party.pets),
    vehicles: String(reservation.party.vehicles),
    extras: Object.fromEntries(reservation.extras.map((extra) => [extra.code, extra.quantity])),
    firstName: reservation.guest?.firstName ?? '',
    lastName: reservation.guest?.lastName ?? '',
    email: reservation.guest?.email ?? '',
    phone: reservation.guest?.phone ?? '',
    country: reservation.guest?.country ?? 'IT',
    locale: (['it', 'en', 'de', 'nl'] as const).find((locale) => locale === reservation.locale) ?? 'en',
  };
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/**
 * Only what changed: the API re-prices whatever stay, party or extras it is sent (and a
 * re-price drops an earlier price override), so unchanged parts are left out.
 */
export function editBody(initial: BookingFormValue, value: BookingFormValue): { body: ReservationEditBody | null } | { errors: FieldErrors } {
  const before = stayOf(initial);
  const after = stayOf(value);
  const price = priceOverrideOf(value);
  if ('errors' in after || 'errors' in price || 'errors' in before) {
    return { errors: { ...('errors' in after ? after.errors : {}), ...('errors' in price ? price.errors : {}) } };
  }
  const stayChanged = !same(before.stay.stay, after.stay.stay);
  const body: ReservationEditBody = {
    ...(value.unitId !== initial.unitId && { unitId: value.unitId }),
    ...(stayChanged && { stay: after.stay.stay }),
    ...(!same(before.stay.party, after.stay.party) && { party: after.stay.party }),
    ...(!same(before.stay.extras, after.stay.extras) && { extras: after.stay.extras }),
    ...(!same(guestOf(initial), guestOf(value)) && { guest: guestOf(value) }),
    ...(value.locale !== initial.locale && { locale: value.locale }),
    ...(price.override && { priceOverride: price.override }),
    ...(value.ruleOverride && (stayChanged || value.unitId !== initial.unitId) && { ruleOverride: { reason: value.ruleReason } }),
  };
  return { body: Object.keys(body).length === 0 ? null : body };
}
