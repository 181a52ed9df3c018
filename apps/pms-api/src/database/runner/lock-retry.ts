import { setTimeout as sleep } from 'node:timers/promises';

// A DDL waiting for a metadata lock queues every later query on its table behind it
// (pending exclusive requests go first), so it must never wait long: the session's
// lock_wait_timeout is a few seconds, and a timed-out attempt backs off and tries again,
// a bounded number of times. Between attempts the queued traffic runs. The last attempt
// keeps the same short timeout (GitLab drops it on the last try; on MySQL that would
// mean waiting up to a year behind an idle transaction).

export interface RetryPolicy {
  readonly maxAttempts: number;
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
}

export interface RetryReport {
  /** Attempts that timed out so far. */
  readonly attempt: number;
  /** How long the attempt that just failed waited. */
  readonly waitedMs: number;
  readonly retryInMs: number;
}

export type RetryResult<T> =
  | { readonly ok: true; readonly value: T; readonly attempts: number; readonly lockWaitMs: number }
  | {
      readonly ok: false;
      readonly reason: 'exhausted' | 'interrupted' | 'error';
      readonly error: unknown;
      readonly attempts: number;
      readonly lockWaitMs: number;
    };

const ER_LOCK_WAIT_TIMEOUT = 1205;

/** Lock wait timeout: lock_wait_timeout (metadata locks) or innodb_lock_wait_timeout (rows). */
export function isLockWaitTimeout(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { errno?: unknown }).errno === ER_LOCK_WAIT_TIMEOUT;
}

/**
 * "Equal jitter": half of the exponential delay is fixed, half random. The fixed half
 * guarantees the blocked traffic a pause between two attempts; the random half keeps
 * runners (and retrying clients) from lining up.
 */
export function retryDelayMs(failedAttempts: number, policy: RetryPolicy, random: () => number = Math.random): number {
  const exponential = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, failedAttempts - 1));
  return Math.round(exponential / 2 + random() * (exponential / 2));
}

export async function withLockRetries<T>(
  attempt: () => Promise<T>,
  policy: RetryPolicy,
  signal: AbortSignal | undefined,
  onRetry: (report: RetryReport) => Promise<void>,
): Promise<RetryResult<T>> {
  let lockWaitMs = 0;
  for (let attempts = 1; ; attempts += 1) {
    const started = performance.now();
    try {
      return { ok: true, value: await attempt(), attempts, lockWaitMs };
    } catch (error) {
      if (!isLockWaitTimeout(error)) {
        return { ok: false, reason: 'error', error, attempts, lockWaitMs };
      }
      const waitedMs = performance.now() - started;
      lockWaitMs += waitedMs;
      if (attempts >= policy.maxAttempts) {
        return { ok: false, reason: 'exhausted', error, attempts, lockWaitMs };
      }
      if (signal?.aborted) {
        return { ok: false, reason: 'interrupted', error, attempts, lockWaitMs };
      }
      const retryInMs = retryDelayMs(attempts, policy);
      await onRetry({ attempt: attempts, waitedMs, retryInMs });
      try {
        await sleep(retryInMs, undefined, { signal });
      } catch {
        return { ok: false, reason: 'interrupted', error, attempts, lockWaitMs };
      }
    }
  }
}
