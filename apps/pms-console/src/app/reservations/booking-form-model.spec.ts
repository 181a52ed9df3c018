import type { ReservationDetail } from '@pitchdesk/contracts';
import { bookingBody, editBody, EMPTY_BOOKING_FORM, fieldErrorsFrom, formOf, parseAges } from './booking-form-model';
import type { BookingFormValue } from './booking-form-model';

const filled: BookingFormValue = {
  ...EMPTY_BOOKING_FORM,
  unitTypeId: 'type-1',
  unitId: 'unit-1',
  arrival: '2027-07-01',
  departure: '2027-07-04',
  adults: '2',
  childrenAges: '4, 9',
  extras: { linen: 2, bike: 0 },
  firstName: 'Anna',
  lastName: 'Rossi',
  email: ' ',
  phone: '+39 333 123',
  country: 'it',
};

describe('bookingBody', () => {
  it('builds the request: numbers parsed, empty optional fields left out, extras not taken left out', () => {
    expect(bookingBody(filled)).toEqual({
      body: {
        channel: 'phone',
        unitId: 'unit-1',
        stay: { arrival: '2027-07-01', departure: '2027-07-04' },
        party: { adults: 2, childrenAges: [4, 9], pets: 0, vehicles: 0 },
        extras: [{ code: 'linen', quantity: 2 }],
        guest: { firstName: 'Anna', lastName: 'Rossi', email: undefined, phone: '+39 333 123', country: 'IT' },
        locale: 'it',
      },
    });
  });

  it('adds the overrides with their reasons, amounts in minor units', () => {
    const total = bookingBody({ ...filled, priceMode: 'total', priceAmount: '45,50', priceReason: 'Regular', ruleOverride: true, ruleReason: 'Late' });
    expect(total).toMatchObject({ body: { priceOverride: { totalMinor: 4550, reason: 'Regular' }, ruleOverride: { reason: 'Late' } } });
    expect(bookingBody({ ...filled, priceMode: 'adjustment', priceAmount: '-10', priceReason: 'Noise' })).toMatchObject({
      body: { priceOverride: { adjustmentMinor: -1000, reason: 'Noise' } },
    });
  });

  it('names the inputs it cannot read', () => {
    expect(bookingBody({ ...filled, adults: 'two', childrenAges: '4, x', priceMode: 'total', priceAmount: '-5' })).toEqual({
      errors: {
        adults: 'Enter a whole number',
        children: 'Enter ages as numbers separated by commas, e.g. 4, 9',
        'price-amount': 'Enter an amount such as 45 or 45.50',
      },
    });
  });
});

describe('parseAges', () => {
  it.each([
    ['', []],
    ['4', [4]],
    ['4, 9;12 1', [4, 9, 12, 1]],
    ['4.5', null],
  ])('%j -> %j', (text, ages) => {
    expect(parseAges(text)).toEqual(ages);
  });
});

describe('fieldErrorsFrom', () => {
  it('puts each API field problem under its input, unknown ones at the form', () => {
    expect(
      fieldErrorsFrom({
        'body.guest.lastName': 'enter the surname',
        'body.stay.departure': 'departure must be after arrival',
        'body.ruleOverride.reason': 'say why',
        'body.priceOverride.adjustmentMinor': 'negative',
        'body.party.childrenAges.1': 'too old',
        'body.somethingNew': 'odd',
      }),
    ).toEqual({ 'last-name': 'enter the surname', departure: 'departure must be after arrival', 'rule-reason': 'say why', 'price-amount': 'negative', children: 'too old', form: 'odd' });
  });
});

describe('editBody', () => {
  const reservation = {
    channel: 'phone',
    unit: { id: 'unit-1', code: 'A1' },
    unitType: { id: 'type-1', code: 'pitch' },
    arrival: '2027-07-01',
    departure: '2027-07-04',
    party: { adults: 2, childrenAges: [4, 9], pets: 0, vehicles: 0 },
    extras: [{ code: 'linen', quantity: 2 }],
    guest: { firstName: 'Anna', lastName: 'Rossi', email: null, phone: '+39 333 123', country: 'IT' },
    locale: 'it',
  } as unknown as ReservationDetail;
  const initial = formOf(reservation);

  it('sends nothing when nothing changed, so no re-price drops an override', () => {
    expect(editBody(initial, { ...initial })).toEqual({ body: null });
  });

  it('sends only what changed', () => {
    expect(editBody(initial, { ...initial, departure: '2027-07-05' })).toEqual({ body: { stay: { arrival: '2027-07-01', departure: '2027-07-05' } } });
    expect(editBody(initial, { ...initial, adults: '3' })).toEqual({ body: { party: { adults: 3, childrenAges: [4, 9], pets: 0, vehicles: 0 } } });
    expect(editBody(initial, { ...initial, phone: '' })).toEqual({ body: { guest: { firstName: 'Anna', lastName: 'Rossi', email: undefined, phone: undefined, country: 'IT' } } });
    expect(editBody(initial, { ...initial, unitId: 'unit-2', ruleOverride: true, ruleReason: 'ok' })).toEqual({ body: { unitId: 'unit-2', ruleOverride: { reason: 'ok' } } });
  });
});
