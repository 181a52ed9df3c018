/** How urgent the hold is: the countdown speaks up only when this changes for the worse. */
export type HoldUrgency = 'plenty' | 'five-minutes' | 'one-minute' | 'expired';

const URGENCY_ORDER: readonly HoldUrgency[] = ['plenty', 'five-minutes', 'one-minute', 'expired'];

/** Milliseconds left on a hold; `nowMs` is the server's now as best the browser knows it. */
export function holdRemainingMs(expiresAt: string, nowMs: number): number {
  const expires = Date.parse(expiresAt);
  // An unreadable expiry is treated as expired: the server decides anyway, and a re-hold is offered.
  return Number.isNaN(expires) ? 0 : Math.max(0, expires - nowMs);
}

/** `mm:ss`, rounded up so that 00:00 is shown only once the hold has really run out. */
export function formatCountdown(remainingMs: number): string {
  const seconds = Math.max(0, Math.ceil(remainingMs / 1000));
  const mm = Math.floor(seconds / 60);
  const ss = seconds % 60;
  return `${String(mm).padStart(2, '0')}:${String(ss).padStart(2, '0')}`;
}

export function holdUrgency(remainingMs: number): HoldUrgency {
  if (remainingMs <= 0) {
    return 'expired';
  }
  if (remainingMs <= 60_000) {
    return 'one-minute';
  }
  return remainingMs <= 5 * 60_000 ? 'five-minutes' : 'plenty';
}

export function isMoreUrgent(next: HoldUrgency, previous: HoldUrgency): boolean {
  return URGENCY_ORDER.indexOf(next) > URGENCY_ORDER.indexOf(previous);
}
