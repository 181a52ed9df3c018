import { describe, expect, it } from 'vitest';
import { isManageToken, manageToken, newReference } from './booking-identifiers';

const KEY = 'k'.repeat(32);

describe('newReference', () => {
  it('is 8 characters without look-alikes', () => {
    for (let i = 0; i < 200; i += 1) {
      expect(newReference()).toMatch(/^[A-HJKMNP-Z2-9]{8}$/);
    }
  });
});

describe('manage tokens', () => {
  it('is the same for the same reservation, so a retried booking returns the same link', () => {
    expect(manageToken(KEY, 'a')).toBe(manageToken(KEY, 'a'));
  });

  it('accepts its own token and refuses another reservation\'s or another key\'s', () => {
    const token = manageToken(KEY, 'reservation-1');
    expect(isManageToken(KEY, 'reservation-1', token)).toBe(true);
    expect(isManageToken(KEY, 'reservation-2', token)).toBe(false);
    expect(isManageToken('x'.repeat(32), 'reservation-1', token)).toBe(false);
    expect(isManageToken(KEY, 'reservation-1', `${token}x`)).toBe(false);
  });
});
