import { hash } from 'argon2';
import { describe, expect, it } from 'vitest';
import { PasswordHasher } from './password-hasher';

describe('PasswordHasher', () => {
  const hasher = new PasswordHasher();

  it('hashes with argon2id at m=19 MiB, t=2, p=1 and a fresh salt each time', async () => {
    const first = await hasher.hash('correct horse battery staple');
    const second = await hasher.hash('correct horse battery staple');
    expect(first).toMatch(/^\$argon2id\$v=19\$m=19456,p=1,t=2\$/);
    expect(second).not.toBe(first);
  });

  it('verifies the right password and refuses a wrong one', async () => {
    const stored = await hasher.hash('correct horse battery staple');
    expect(await hasher.verify(stored, 'correct horse battery staple')).toBe(true);
    expect(await hasher.verify(stored, 'Correct horse battery staple')).toBe(false);
  });

  it('answers false, not an error, for a corrupt stored hash', async () => {
    expect(await hasher.verify('$argon2id$garbage', 'anything')).toBe(false);
  });

  it('never accepts anything for an unknown user', async () => {
    expect(await hasher.verifyNobody('')).toBe(false);
    expect(await hasher.verifyNobody('password')).toBe(false);
  });

  it('tells hashes made with weaker parameters apart, so they are redone at sign-in', async () => {
    const weak = await hash('pw', { type: 2, memoryCost: 8_192, timeCost: 2, parallelism: 1 });
    expect(hasher.isOutdated(weak)).toBe(true);
    expect(hasher.isOutdated(await hasher.hash('pw'))).toBe(false);
  });
});
