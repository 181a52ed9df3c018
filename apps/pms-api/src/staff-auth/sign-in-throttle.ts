import { createHash } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { MEMCACHED } from '../cache/cache.module';
import type { MemcachedClient } from '../cache/cache.module';
import { APP_CONFIG } from '../config/app-config';
import type { AppConfig } from '../config/app-config';
import { staffKeyPrefix } from './memcached-keys';
import { StaffAuthError, StaffAuthErrorCode } from './staff-auth.errors';

const MINUTE_MS = 60_000;

/** "45 seconds", "1 minute", "15 minutes": for messages people read. */
export function inWords(seconds: number): string {
  if (seconds < 60) {
    return seconds === 1 ? '1 second' : `${seconds} seconds`;
  }
  const minutes = Math.ceil(seconds / 60);
  return minutes === 1 ? '1 minute' : `${minutes} minutes`;
}

/** The start of the fixed one-minute window `nowMs` is in, and the seconds until it ends. */
export function minuteWindow(nowMs: number): { index: number; secondsLeft: number } {
  const index = Math.floor(nowMs / MINUTE_MS);
  return { index, secondsLeft: Math.max(1, Math.ceil(((index + 1) * MINUTE_MS - nowMs) / 1000)) };
}

/**
 * Limits sign-in attempts, with counters in memcached so that every instance counts
 * together: per client address (a fixed window of a minute, every attempt counts), and
 * per e-mail address (failures within the lock time lock it for the lock time, right
 * password or not). Unknown addresses are counted and locked exactly like known ones,
 * so neither the messages nor the lock tell whether an account exists.
 */
@Injectable()
export class SignInThrottle {
  private readonly prefix: string;

  constructor(
    @Inject(MEMCACHED) private readonly memcached: MemcachedClient,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.prefix = `${staffKeyPrefix(config)}-sign-in`;
  }

  async admitAddress(ip: string, nowMs: number): Promise<void> {
    const window = minuteWindow(nowMs);
    const { value } = await this.call(() =>
      this.memcached.increment(`${this.prefix}:ip:${ip}:${window.index}`, 1, { initial: 1, expires: 61 }),
    );
    if ((value ?? 0) > this.config.PD_STAFF_SIGN_IN_PER_IP_PER_MINUTE) {
      throw new StaffAuthError(
        StaffAuthErrorCode.TOO_MANY_ATTEMPTS,
        `Too many sign-in attempts from your network. Please try again in ${inWords(window.secondsLeft)}.`,
        retryDetails(nowMs, window.secondsLeft),
      );
    }
  }

  async assertUnlocked(email: string, nowMs: number): Promise<void> {
    const { value } = await this.call(() => this.memcached.get(this.accountKey('lock', email)));
    const lockedUntil = value ? Number(value.toString('utf8')) : 0;
    if (lockedUntil > nowMs) {
      throw this.locked(lockedUntil, nowMs);
    }
  }

  /** Counts a failure; throws INVALID_CREDENTIALS, or ACCOUNT_LOCKED when this one locks the address. */
  async recordFailure(email: string, nowMs: number): Promise<never> {
    const lockSeconds = this.config.PD_STAFF_LOCKOUT_SECONDS;
    const { value } = await this.call(() =>
      this.memcached.increment(this.accountKey('failures', email), 1, { initial: 1, expires: lockSeconds }),
    );
    const failures = value ?? 1;
    const attemptsLeft = this.config.PD_STAFF_LOCKOUT_FAILURES - failures;
    if (attemptsLeft <= 0) {
      const lockedUntil = nowMs + lockSeconds * 1000;
      await this.call(() => this.memcached.set(this.accountKey('lock', email), String(lockedUntil), { expires: lockSeconds }));
      // Counting starts afresh once the lock ends.
      await this.call(() => this.memcached.delete(this.accountKey('failures', email)));
      throw this.locked(lockedUntil, nowMs);
    }
    throw new StaffAuthError(
      StaffAuthErrorCode.INVALID_CREDENTIALS,
      `The e-mail address or the password is not right. ${attemptsLeft === 1 ? 'One more failed attempt locks' : `${attemptsLeft} more failed attempts lock`} sign-in for this e-mail address for ${inWords(lockSeconds)}.`,
      { attemptsLeft },
    );
  }

  async clearFailures(email: string): Promise<void> {
    await this.call(() => this.memcached.delete(this.accountKey('failures', email)));
  }

  // Keyed by a hash: no e-mail address (nor whether it exists) is readable in the cache.
  private accountKey(kind: 'failures' | 'lock', email: string): string {
    return `${this.prefix}:${kind}:${createHash('sha256').update(email).digest('base64url')}`;
  }

  private locked(lockedUntil: number, nowMs: number): StaffAuthError {
    const seconds = Math.max(1, Math.ceil((lockedUntil - nowMs) / 1000));
    return new StaffAuthError(
      StaffAuthErrorCode.ACCOUNT_LOCKED,
      `Too many failed sign-ins for this e-mail address. Sign-in is locked; please try again in ${inWords(seconds)}.`,
      retryDetails(nowMs, seconds),
    );
  }

  /** Without the shared counters there is no limit: refuse rather than sign in unthrottled. */
  private async call<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      throw signInUnavailable(error);
    }
  }
}

/** The cause is logged, not answered: it names internal hosts and ports. */
export function signInUnavailable(cause: unknown): StaffAuthError {
  new Logger('SignIn').warn({ message: 'sign-in refused: session store unavailable', error: String(cause) });
  return new StaffAuthError(StaffAuthErrorCode.SIGN_IN_UNAVAILABLE, 'Signing in is not possible right now. Please try again in a minute.', {
    retryAfterSeconds: 30,
  });
}

function retryDetails(nowMs: number, seconds: number): Record<string, unknown> {
  return { retryAfterSeconds: seconds, retryAt: new Date(nowMs + seconds * 1000).toISOString() };
}
