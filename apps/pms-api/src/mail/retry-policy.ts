export interface RetryPolicy {
  /** Delay after the first failed attempt. */
  readonly baseMs: number;
  /** Cap of the exponential delay. */
  readonly maxMs: number;
  /** Attempts in all; after the last one fails the mail is given up. */
  readonly maxAttempts: number;
}

export type AfterFailure = { readonly action: 'retry'; readonly delayMs: number } | { readonly action: 'give-up' };

/**
 * Delay before the next attempt after `failedAttempts` (>= 1) failed ones: exponential,
 * capped, with "equal jitter" (half fixed, half random). Mails that failed together in an
 * SES outage spread out instead of retrying in one burst, and no retry comes sooner than
 * half of the schedule.
 */
export function retryDelayMs(failedAttempts: number, policy: RetryPolicy, random: () => number = Math.random): number {
  const exponent = Math.max(0, failedAttempts - 1);
  const capped = Math.min(Math.max(policy.maxMs, policy.baseMs), policy.baseMs * 2 ** Math.min(exponent, 30));
  const half = capped / 2;
  return Math.round(half + half * Math.min(Math.max(random(), 0), 1));
}

/** What to do with a mail whose attempt number `failedAttempts` just failed. */
export function afterFailure(
  failedAttempts: number,
  policy: RetryPolicy,
  permanent: boolean,
  random: () => number = Math.random,
): AfterFailure {
  if (permanent || failedAttempts >= policy.maxAttempts) {
    return { action: 'give-up' };
  }
  return { action: 'retry', delayMs: retryDelayMs(failedAttempts, policy, random) };
}

// SES says the request itself is wrong (e.g. a malformed address): retrying cannot help.
// Throttling, outages and account-level pauses are retried: they end by themselves.
const PERMANENT_SEND_ERRORS = new Set(['BadRequestException']);

/** Whether a failed send can never succeed, so the mail is given up at once. */
export function isPermanentSendError(error: unknown): boolean {
  return error instanceof Error && PERMANENT_SEND_ERRORS.has(error.name);
}
