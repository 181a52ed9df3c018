import { describe, expect, it } from 'vitest';
import { isLockWaitTimeout, retryDelayMs, withLockRetries } from './lock-retry';
import type { RetryReport } from './lock-retry';

const lockWaitTimeout = Object.assign(new Error('Lock wait timeout exceeded; try restarting transaction'), { errno: 1205 });
const policy = { maxAttempts: 4, baseDelayMs: 1, maxDelayMs: 2 };

/** An attempt that times out on a lock `failures` times, then returns 'done'. */
function blockedFor(failures: number): { attempt: () => Promise<string>; calls: () => number } {
  let calls = 0;
  return {
    attempt: () => {
      calls += 1;
      return calls <= failures ? Promise.reject(lockWaitTimeout) : Promise.resolve('done');
    },
    calls: () => calls,
  };
}

describe('retrying a DDL on metadata-lock timeouts', () => {
  it('backs off exponentially, half fixed and half random, up to the cap', () => {
    const slow = { maxAttempts: 10, baseDelayMs: 500, maxDelayMs: 10_000 };
    expect([1, 2, 3, 6].map((failed) => retryDelayMs(failed, slow, () => 0))).toEqual([250, 500, 1_000, 5_000]);
    expect([1, 2, 3, 6].map((failed) => retryDelayMs(failed, slow, () => 1))).toEqual([500, 1_000, 2_000, 10_000]);
  });

  it('recognises only the lock wait timeout (1205) as worth a retry', () => {
    expect(isLockWaitTimeout(lockWaitTimeout)).toBe(true);
    expect(isLockWaitTimeout(Object.assign(new Error('Duplicate column name'), { errno: 1060 }))).toBe(false);
    expect(isLockWaitTimeout('1205')).toBe(false);
  });

  it('retries until the lock is free and reports each wait', async () => {
    const blocked = blockedFor(2);
    const reports: RetryReport[] = [];
    const result = await withLockRetries(blocked.attempt, policy, undefined, async (report) => {
      reports.push(report);
    });
    expect(result).toMatchObject({ ok: true, value: 'done', attempts: 3 });
    expect(reports.map((report) => report.attempt)).toEqual([1, 2]);
  });

  it('gives up after the last allowed attempt instead of waiting longer', async () => {
    const blocked = blockedFor(100);
    const result = await withLockRetries(blocked.attempt, policy, undefined, async () => undefined);
    expect(result).toMatchObject({ ok: false, reason: 'exhausted', attempts: 4 });
    expect(blocked.calls()).toBe(4);
  });

  it('does not retry any other error', async () => {
    const duplicate = Object.assign(new Error('Duplicate column name'), { errno: 1060 });
    let calls = 0;
    const result = await withLockRetries(
      () => {
        calls += 1;
        return Promise.reject(duplicate);
      },
      policy,
      undefined,
      async () => undefined,
    );
    expect(result).toMatchObject({ ok: false, reason: 'error', error: duplicate, attempts: 1 });
    expect(calls).toBe(1);
  });

  it('stops retrying once a stop is requested, without another attempt', async () => {
    const controller = new AbortController();
    const blocked = blockedFor(100);
    const result = await withLockRetries(blocked.attempt, { ...policy, baseDelayMs: 60_000, maxDelayMs: 60_000 }, controller.signal, async () => {
      controller.abort();
    });
    expect(result).toMatchObject({ ok: false, reason: 'interrupted', attempts: 1 });
    expect(blocked.calls()).toBe(1);
  });
});
