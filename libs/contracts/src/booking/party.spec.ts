import { describe, expect, it } from 'vitest';
import { MAX_STAY_NIGHTS, staySchema } from './party';

describe('staySchema', () => {
  it('takes a stay of up to MAX_STAY_NIGHTS nights', () => {
    expect(staySchema.safeParse({ arrival: '2027-01-01', departure: '2028-01-02' }).success).toBe(true);
    expect(MAX_STAY_NIGHTS).toBe(366);
  });

  it('refuses a longer one, naming the departure', () => {
    const result = staySchema.safeParse({ arrival: '2027-07-01', departure: '2207-07-08' });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([['departure', 'a stay is at most 366 nights']]);
  });
});
