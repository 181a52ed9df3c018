import type { Registration } from '@pitchdesk/contracts';
import { emptyGuest, errorsFromFields, errorsFromGaps, formGaps, guestForms, registrationBody, visibleFields } from './registration-form';

const registration: Registration = {
  reservationId: '00000000-0000-4000-8000-000000000001',
  reference: 'ABCD1234',
  status: 'confirmed',
  arrival: '2027-07-10',
  departure: '2027-07-12',
  partySize: 3,
  groupKind: null,
  guests: [
    {
      position: 0,
      guestType: '16',
      surname: 'Rossi',
      givenName: null,
      sex: 'F',
      birthDate: null,
      birthCountry: 'IT',
      birthComune: null,
      birthProvince: null,
      citizenship: null,
      documentType: null,
      documentNumber: null,
      documentIssueCountry: null,
      documentIssueComune: null,
    },
  ],
  gaps: [],
  complete: false,
  updatedAt: null,
};

describe('registration form model', () => {
  it('shows a form for every guest of the party, the saved ones first', () => {
    const forms = guestForms(registration);
    expect(forms).toHaveLength(3);
    expect(forms[0]).toMatchObject({ surname: 'Rossi', givenName: '', sex: 'F', birthCountry: 'IT' });
    expect(forms[2]).toEqual(emptyGuest());
  });

  it('saves what is typed, blanks as null, without trailing untouched guests', () => {
    const forms = guestForms(registration);
    forms[1] = { ...emptyGuest(), surname: ' Bianchi ' };
    expect(registrationBody('family', forms)).toEqual({
      groupKind: 'family',
      guests: [
        expect.objectContaining({ surname: 'Rossi', givenName: null, sex: 'F', birthCountry: 'IT' }),
        expect.objectContaining({ surname: 'Bianchi', sex: null }),
      ],
    });
    expect(registrationBody(null, [emptyGuest(), emptyGuest()]).guests).toEqual([]);
  });

  it('asks for comune and province of Italian births, and a document of the head only', () => {
    const italian = { ...emptyGuest(), birthCountry: 'IT' };
    expect(visibleFields(italian, false).has('birthProvince')).toBe(true);
    expect(visibleFields(italian, false).has('documentNumber')).toBe(false);
    expect(visibleFields({ ...emptyGuest(), birthCountry: 'DE' }, true).has('birthComune')).toBe(false);
    expect(visibleFields({ ...emptyGuest(), documentIssueCountry: 'IT' }, true).has('documentIssueComune')).toBe(true);
  });

  it('finds the gaps of every guest form, untouched ones included', () => {
    const forms = guestForms(registration);
    expect(formGaps('family', forms.slice(0, 2))).toEqual([
      { guest: 0, fields: ['givenName', 'birthDate', 'citizenship', 'birthComune', 'birthProvince', 'documentType', 'documentNumber', 'documentIssueCountry'] },
      { guest: 1, fields: ['surname', 'givenName', 'sex', 'birthDate', 'birthCountry', 'citizenship'] },
    ]);
  });

  it('keys API field messages and check-in gaps the way the form does', () => {
    expect(errorsFromFields({ 'body.guests.1.sex': 'expected M or F' })).toEqual({ 'guests.1.sex': 'expected M or F' });
    expect(errorsFromGaps([{ guest: null, fields: ['guests'] }, { guest: 0, fields: ['documentNumber'] }])).toEqual({
      guests: 'Register every guest of the party.',
      'guests.0.documentNumber': 'Needed for check-in.',
    });
  });
});
