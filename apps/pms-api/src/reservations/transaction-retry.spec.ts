import { describe, expect, it } from 'vitest';
import { ReservationsError } from './reservations.errors';
import { withDeadlockRetry } from './transaction-retry';

const mysqlError = (errno: number) => Object.assign(new Error(`errno ${errno}`), { driverError: { errno } });

describe('withDeadlockRetry', () => {
  it('runs a deadlock victim again and returns its result', async () => {
    let calls = 0;
    const result = await withDeadlockRetry(async () => {
      calls += 1;
      if (calls < 3) {
        throw mysqlError(1213);
      }
      return 'booked';
    });
    expect([result, calls]).toEqual(['booked', 3]);
  });

  it('gives the guest a BUSY conflict after the last attempt, not a 500', async () => {
    await expect(withDeadlockRetry(() => Promise.reject(mysqlError(1205)))).rejects.toMatchObject({ code: 'BUSY' });
    await expect(withDeadlockRetry(() => Promise.reject(mysqlError(1205)))).rejects.toBeInstanceOf(ReservationsError);
  });

  it('never retries other errors', async () => {
    let calls = 0;
    await expect(
      withDeadlockRetry(() => {
        calls += 1;
        return Promise.reject(mysqlError(1062));
      }),
    ).rejects.toThrow('errno 1062');
    expect(calls).toBe(1);
  });
});
