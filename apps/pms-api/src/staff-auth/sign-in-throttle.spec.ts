import { describe, expect, it } from 'vitest';
import { inWords, minuteWindow } from './sign-in-throttle';

describe('inWords', () => {
  it.each([
    [1, '1 second'],
    [45, '45 seconds'],
    [60, '1 minute'],
    [61, '2 minutes'],
    [900, '15 minutes'],
  ])('%i s is %s', (seconds, words) => {
    expect(inWords(seconds)).toBe(words);
  });
});

describe('minuteWindow', () => {
  it.each([
    [Date.UTC(2026, 6, 1, 10, 0, 0, 0), 60],
    [Date.UTC(2026, 6, 1, 10, 0, 59, 500), 1],
    [Date.UTC(2026, 6, 1, 10, 0, 15, 200), 45],
  ])('at %i has %i s left', (now, secondsLeft) => {
    expect(minuteWindow(now).secondsLeft).toBe(secondsLeft);
  });

  it('is the same window for the whole minute and the next one after', () => {
    const start = Date.UTC(2026, 6, 1, 10, 0, 0, 0);
    expect(minuteWindow(start + 59_999).index).toBe(minuteWindow(start).index);
    expect(minuteWindow(start + 60_000).index).toBe(minuteWindow(start).index + 1);
  });
});
