import { describe, expect, it } from 'vitest';
import { ValidationFailedError } from '../common/validation';
import { decodeCursor, encodeCursor, likePrefix } from './list-cursor';

describe('list cursors', () => {
  it('round-trips the last row of a page', () => {
    const position = { arrival: '2027-07-01', id: '0b6e7c1a-7d2e-4f4e-9a51-3c2d1e0f9a8b' };
    expect(encodeCursor(position)).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(encodeCursor(position))).toEqual(position);
  });

  it.each(['not-base64!', Buffer.from('[1,2]').toString('base64url'), Buffer.from('["2027-02-30","0b6e7c1a-7d2e-4f4e-9a51-3c2d1e0f9a8b"]').toString('base64url'), Buffer.from('["2027-07-01","x"]').toString('base64url')])(
    'refuses %s on query.cursor',
    (cursor) => {
      expect(() => decodeCursor(cursor)).toThrow(ValidationFailedError);
      try {
        decodeCursor(cursor);
      } catch (error) {
        expect((error as ValidationFailedError).fields).toHaveProperty(['query.cursor']);
      }
    },
  );
});

describe('likePrefix', () => {
  it('makes the user text a literal prefix', () => {
    expect(likePrefix('ross')).toBe('ross%');
    expect(likePrefix('50%_off\\')).toBe('50\\%\\_off\\\\%');
  });
});
