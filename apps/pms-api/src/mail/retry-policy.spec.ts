import { describe, expect, it } from 'vitest';
import { afterFailure, isPermanentSendError, retryDelayMs } from './retry-policy';

const policy = { baseMs: 30_000, maxMs: 3_600_000, maxAttempts: 10 };
const lowest = (): number => 0;
const highest = (): number => 1;

describe('retryDelayMs', () => {
  it.each([
    [1, 15_000, 30_000],
    [2, 30_000, 60_000],
    [3, 60_000, 120_000],
    [5, 240_000, 480_000],
    [8, 1_800_000, 3_600_000],
    // Capped from here on.
    [9, 1_800_000, 3_600_000],
    [40, 1_800_000, 3_600_000],
  ])('after %i failed attempts waits between %i and %i ms', (failed, min, max) => {
    expect(retryDelayMs(failed, policy, lowest)).toBe(min);
    expect(retryDelayMs(failed, policy, highest)).toBe(max);
  });

  it('spreads retries that failed together', () => {
    const delays = [0.1, 0.5, 0.9].map((value) => retryDelayMs(3, policy, () => value));
    expect(new Set(delays).size).toBe(3);
    expect(delays).toEqual([...delays].sort((a, b) => a - b));
  });

  it('never waits less than the base when the max is set below it', () => {
    expect(retryDelayMs(4, { ...policy, maxMs: 1_000 }, highest)).toBe(30_000);
  });

  it('keeps a random source that misbehaves within the schedule', () => {
    expect(retryDelayMs(1, policy, () => 7)).toBe(30_000);
    expect(retryDelayMs(1, policy, () => -1)).toBe(15_000);
  });
});

describe('afterFailure', () => {
  it('retries until the last attempt has failed, then gives up', () => {
    const outcomes = Array.from({ length: 10 }, (_, index) => afterFailure(index + 1, policy, false, lowest).action);
    expect(outcomes).toEqual([...Array<string>(9).fill('retry'), 'give-up']);
  });

  it('gives up at once on a permanent error', () => {
    expect(afterFailure(1, policy, true)).toEqual({ action: 'give-up' });
  });

  it('schedules the retry with the backoff', () => {
    expect(afterFailure(2, policy, false, lowest)).toEqual({ action: 'retry', delayMs: 30_000 });
  });
});

describe('isPermanentSendError', () => {
  const named = (name: string): Error => Object.assign(new Error('x'), { name });

  it.each([
    ['BadRequestException', true],
    ['TooManyRequestsException', false],
    ['SendingPausedException', false],
    ['TimeoutError', false],
    ['Error', false],
  ])('%s is permanent: %s', (name, permanent) => {
    expect(isPermanentSendError(named(name))).toBe(permanent);
  });

  it('treats what is not an Error as transient', () => {
    expect(isPermanentSendError('BadRequestException')).toBe(false);
  });
});
