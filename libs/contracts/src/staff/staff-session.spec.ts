import { describe, expect, it } from 'vitest';
import { signInRequestSchema, staffSessionSchema } from './staff-session';

describe('signInRequestSchema', () => {
  it('trims and lowercases the e-mail address, and keeps the password as typed', () => {
    expect(signInRequestSchema.parse({ email: '  Anna.Rossi@Example.ORG ', password: ' Pass word ' })).toEqual({
      email: 'anna.rossi@example.org',
      password: ' Pass word ',
    });
  });

  it.each([
    [{ email: 'anna', password: 'x' }, 'email'],
    [{ email: 'anna@example.org', password: '' }, 'password'],
    [{ email: 'anna@example.org', password: 'x'.repeat(1025) }, 'password'],
    [{ password: 'x' }, 'email'],
  ])('names the bad field in %j', (body, field) => {
    const result = signInRequestSchema.safeParse(body);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual([field]);
  });
});

describe('staffSessionSchema', () => {
  it('accepts what the API answers at sign-in', () => {
    const session = {
      staff: { id: '5f0c6a8e-3a4b-4c1d-9e2f-7a8b9c0d1e2f', name: 'Anna Rossi', email: 'anna@example.org', role: 'reception' },
      csrfToken: 'c'.repeat(43),
      expiresAt: '2026-07-01T20:00:00.000Z',
    };
    expect(staffSessionSchema.parse(session)).toEqual(session);
  });

  it('refuses a role the API does not know', () => {
    const result = staffSessionSchema.safeParse({
      staff: { id: '5f0c6a8e-3a4b-4c1d-9e2f-7a8b9c0d1e2f', name: 'A', email: 'a@example.org', role: 'owner' },
      csrfToken: 'c'.repeat(43),
      expiresAt: '2026-07-01T20:00:00.000Z',
    });
    expect(result.error?.issues[0]?.path).toEqual(['staff', 'role']);
  });
});
