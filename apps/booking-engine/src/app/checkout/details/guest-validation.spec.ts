import { guestBody, guestProblems, refusedGuestFields, validGuest } from './guest-validation';

describe('guest validation (shared contract)', () => {
  const valid = { firstName: 'Anna', lastName: 'Rossi', email: 'anna@example.it', phone: '', country: 'IT' };

  it('accepts a complete draft, trimmed, without an empty phone', () => {
    expect(guestProblems(valid)).toEqual({});
    expect(validGuest({ ...valid, email: ' anna@example.it ' })).toEqual({
      firstName: 'Anna',
      lastName: 'Rossi',
      email: 'anna@example.it',
      country: 'IT',
    });
    expect(guestBody(valid)).not.toHaveProperty('phone');
  });

  it('names one problem per field', () => {
    expect(guestProblems({})).toEqual({ firstName: 'required', lastName: 'required', email: 'required', country: 'required' });
    expect(
      guestProblems({ firstName: '   ', lastName: 'x'.repeat(81), email: 'anna@', phone: 'call me', country: 'Italy' }),
    ).toEqual({ firstName: 'required', lastName: 'too-long', email: 'invalid', phone: 'invalid', country: 'invalid' });
  });

  it('maps the API field paths of a 400 back to guest fields', () => {
    expect(refusedGuestFields({ 'body.guest.email': 'Invalid email address', 'body.extras.0.quantity': 'too big' })).toEqual(['email']);
  });
});
