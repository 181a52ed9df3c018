/**
 * Defaults of a run. A DDL waits 2 s for a metadata lock per attempt, at most 20 times,
 * with backoff from 0.5 s doubling to 10 s: a few minutes in the worst case, and never
 * more than 2 s of queued traffic at a time.
 */
export const RUN_DEFAULTS = {
  lockWaitSeconds: 0,
  ddlLockWaitSeconds: 2,
  maxAttempts: 20,
  retryBaseMs: 500,
  retryMaxMs: 10_000,
  keepaliveMs: 5_000,
} as const;
