import { formatCountdown, holdRemainingMs, holdUrgency, isMoreUrgent } from './hold-clock';

describe('hold clock', () => {
  const expiresAt = '2027-06-01T10:10:00.000Z';
  const at = (iso: string) => Date.parse(iso);

  it.each([
    ['2027-06-01T10:00:00.000Z', 600_000],
    ['2027-06-01T10:09:59.500Z', 500],
    ['2027-06-01T10:10:00.000Z', 0],
    ['2027-06-01T10:12:00.000Z', 0],
  ])('at %s leaves %i ms', (now, expected) => {
    expect(holdRemainingMs(expiresAt, at(now))).toBe(expected);
  });

  it('treats an unreadable expiry as expired', () => {
    expect(holdRemainingMs('soon', at('2027-06-01T10:00:00Z'))).toBe(0);
  });

  it.each([
    [600_000, '10:00'],
    [599_001, '10:00'],
    [59_000, '00:59'],
    [500, '00:01'],
    [0, '00:00'],
    [-5, '00:00'],
  ])('shows %i ms as %s', (ms, text) => {
    expect(formatCountdown(ms)).toBe(text);
  });

  it.each([
    [300_001, 'plenty'],
    [300_000, 'five-minutes'],
    [60_001, 'five-minutes'],
    [60_000, 'one-minute'],
    [1, 'one-minute'],
    [0, 'expired'],
  ] as const)('calls %i ms left %s', (ms, urgency) => {
    expect(holdUrgency(ms)).toBe(urgency);
  });

  it('orders urgencies so a renewed hold is never "more urgent"', () => {
    expect(isMoreUrgent('one-minute', 'five-minutes')).toBe(true);
    expect(isMoreUrgent('plenty', 'expired')).toBe(false);
    expect(isMoreUrgent('five-minutes', 'five-minutes')).toBe(false);
  });
});
