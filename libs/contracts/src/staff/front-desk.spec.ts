import { describe, expect, it } from 'vitest';
import {
  COUNTRY_CODES,
  ITALIAN_PROVINCES,
  checkOutRequestSchema,
  deskAdjustmentRequestSchema,
  guestTypeCode,
  paymentRequestSchema,
  registrationGaps,
  registrationRequestSchema,
} from './front-desk';
import type { RegistrationGuestInput } from './front-desk';

const issuesOf = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  (result.error?.issues ?? []).map((issue) => `${issue.path.join('.')}: ${issue.message}`);

const head: RegistrationGuestInput = {
  surname: 'Rossi',
  givenName: 'Giulia',
  sex: 'F',
  birthDate: '1985-03-14',
  birthCountry: 'IT',
  birthComune: 'Bolzano',
  birthProvince: 'BZ',
  citizenship: 'IT',
  documentType: 'IDELE',
  documentNumber: 'ca12345ab',
  documentIssueCountry: 'IT',
  documentIssueComune: 'Bolzano',
};
const member: RegistrationGuestInput = { surname: 'Müller', givenName: 'Jonas', sex: 'M', birthDate: '2015-07-01', birthCountry: 'DE', citizenship: 'DE' };

describe('registrationRequestSchema', () => {
  it('keeps what is given, upper-cases document numbers and turns blanks into null', () => {
    const parsed = registrationRequestSchema.parse({ groupKind: 'family', guests: [head, { ...member, surname: '  ', documentNumber: '' }] });
    expect(parsed.guests[0]?.documentNumber).toBe('CA12345AB');
    expect(parsed.guests[1]).toMatchObject({ surname: null, givenName: 'Jonas', documentNumber: null, birthComune: null, documentType: null });
  });

  it('takes an empty draft', () => {
    expect(registrationRequestSchema.parse({ guests: [{}] })).toEqual({
      groupKind: null,
      guests: [expect.objectContaining({ surname: null, sex: null, birthDate: null })],
    });
  });

  it.each([
    [{ sex: 'X' }, 'guests.0.sex: expected M or F'],
    [{ birthDate: '1990-02-30' }, 'guests.0.birthDate: expected a date as YYYY-MM-DD'],
    [{ birthDate: '2999-01-01' }, 'guests.0.birthDate: a birth date cannot be in the future'],
    [{ birthDate: '1850-01-01' }, 'guests.0.birthDate: expected a birth date after 1900-01-01'],
    [{ citizenship: 'XX' }, 'guests.0.citizenship: expected an ISO 3166-1 country code such as IT or DE'],
    [{ birthCountry: 'IT', birthProvince: 'ZZ' }, 'guests.0.birthProvince: expected an Italian province abbreviation such as RM or BZ'],
    [{ birthCountry: 'FR', birthComune: 'Roma' }, 'guests.0.birthComune: only for guests born in Italy'],
    [{ documentIssueCountry: 'DE', documentIssueComune: 'Bolzano' }, 'guests.0.documentIssueComune: only for documents issued in Italy'],
    [{ documentType: 'PASSPORT' }, 'guests.0.documentType: expected a document type: IDENT, IDELE, PASOR, PATEN, PASDI, PASSE, RIFUG'],
    [{ documentNumber: 'AB-12' }, 'guests.0.documentNumber: letters and digits only, at most 20'],
    [{ surname: 'x'.repeat(51) }, 'guests.0.surname: at most 50 characters'],
  ])('refuses %j naming the field', (guest, message) => {
    expect(issuesOf(registrationRequestSchema.safeParse({ guests: [guest] }))).toContain(message);
  });
});

describe('registrationGaps', () => {
  const parse = (guests: RegistrationGuestInput[], groupKind: 'family' | 'group' | null = 'family') =>
    registrationRequestSchema.parse({ groupKind, guests });

  it('is empty for a complete family: the head with a document, the member without', () => {
    expect(registrationGaps(parse([head, member]), 2)).toEqual([]);
  });

  it('lists per guest what is missing, and too few guests', () => {
    const gaps = registrationGaps(parse([{ ...head, documentNumber: null, birthProvince: null }, { ...member, sex: null }], null), 3);
    expect(gaps).toEqual([
      { guest: null, fields: ['guests', 'groupKind'] },
      { guest: 0, fields: ['birthProvince', 'documentNumber'] },
      { guest: 1, fields: ['sex'] },
    ]);
  });

  it('asks an Italian birth for comune and province, an Italian document for its comune', () => {
    const gaps = registrationGaps(parse([{ ...head, birthComune: null, birthProvince: null, documentIssueComune: null }]), 1);
    expect(gaps).toEqual([{ guest: 0, fields: ['birthComune', 'birthProvince', 'documentIssueComune'] }]);
  });

  it('needs no group kind for a guest alone', () => {
    expect(registrationGaps(parse([head], null), 1)).toEqual([]);
  });
});

describe('guestTypeCode', () => {
  it.each([
    [0, 1, null, '16'],
    [0, 3, 'family', '17'],
    [2, 3, 'family', '19'],
    [0, 2, 'group', '18'],
    [1, 2, 'group', '20'],
  ] as const)('guest %i of %i (%s) is %s', (position, guests, kind, code) => {
    expect(guestTypeCode(position, guests, kind)).toBe(code);
  });
});

describe('code lists', () => {
  it('names a real region for every country code, once each', () => {
    const names = new Intl.DisplayNames(['en'], { type: 'region' });
    expect(COUNTRY_CODES.filter((code) => names.of(code) === code)).toEqual([]);
    expect(new Set(COUNTRY_CODES).size).toBe(COUNTRY_CODES.length);
    expect(COUNTRY_CODES.length).toBe(250);
  });

  it('lists each Italian province once', () => {
    expect(new Set(ITALIAN_PROVINCES).size).toBe(ITALIAN_PROVINCES.length);
    expect(ITALIAN_PROVINCES.length).toBe(111);
  });
});

describe('folio writes', () => {
  it('needs a reason for a refund, none for a payment', () => {
    expect(paymentRequestSchema.parse({ method: 'cash', amountMinor: 5_000 })).toEqual({ method: 'cash', amountMinor: 5_000, reference: null, reason: null });
    expect(issuesOf(paymentRequestSchema.safeParse({ method: 'card', amountMinor: -500 }))).toEqual(['reason: say why the money is refunded']);
  });

  it.each([
    [{ method: 'cheque', amountMinor: 100 }, 'method'],
    [{ method: 'cash', amountMinor: 0 }, 'amountMinor: a payment of zero records nothing'],
    [{ method: 'cash', amountMinor: 10.5 }, 'amountMinor: whole minor units'],
  ])('refuses the payment %j', (body, message) => {
    expect(issuesOf(paymentRequestSchema.safeParse(body)).join('\n')).toContain(message);
  });

  it('takes an allowance as a negative adjustment with a reason', () => {
    expect(deskAdjustmentRequestSchema.parse({ description: ' Broken shower ', amountMinor: -2_000 })).toEqual({ description: 'Broken shower', amountMinor: -2_000 });
    expect(issuesOf(deskAdjustmentRequestSchema.safeParse({ description: 'x', amountMinor: 100 }))).toEqual(['description: say what it is for']);
  });

  it('checks out with or without an override, never with a blank reason', () => {
    expect(checkOutRequestSchema.parse({})).toEqual({});
    expect(issuesOf(checkOutRequestSchema.safeParse({ override: { reason: '  ' } }))).toEqual(['override.reason: say why the balance stays open']);
  });
});
