import { describe, expect, it } from 'vitest';
import type { Quote, RuleViolation } from '@pitchdesk/domain';
import { OVERRIDE_LINE_CODE, splitViolations, withoutPriceOverride, withPriceOverride } from './desk-pricing';

const quote: Quote = {
  currency: 'EUR',
  nights: 2,
  lines: [
    { kind: 'accommodation', code: 'high', quantity: 2, unitMinor: 3000, amountMinor: 6000 },
    { kind: 'tourist-tax', code: 'tax', quantity: 4, unitMinor: 150, amountMinor: 600 },
  ],
  totalMinor: 6600,
};
const line = (amountMinor: number) => ({ kind: 'discount', code: OVERRIDE_LINE_CODE, quantity: 1, unitMinor: amountMinor, amountMinor });

describe('withPriceOverride', () => {
  it.each([
    [{ totalMinor: 5000 }, 5000, -1600],
    [{ totalMinor: 7000 }, 7000, 400],
    [{ adjustmentMinor: -600 }, 6000, -600],
    [{ totalMinor: 0 }, 0, -6600],
  ])('%j charges %i with one override line of %i', (override, total, adjustment) => {
    const overridden = withPriceOverride(quote, override);
    expect(overridden?.totalMinor).toBe(total);
    expect(overridden?.lines).toEqual([...quote.lines, line(adjustment)]);
    expect(overridden?.lines.reduce((sum, each) => sum + each.amountMinor, 0)).toBe(total);
  });

  it('leaves the quote alone when nothing changes, refuses a negative total, never touches its argument', () => {
    expect(withPriceOverride(quote, { totalMinor: 6600 })).toBe(quote);
    expect(withPriceOverride(quote, { adjustmentMinor: -6601 })).toBeNull();
    expect(quote.lines).toHaveLength(2);
  });
});

describe('withoutPriceOverride', () => {
  it('removes an earlier override line and restores the priced total', () => {
    const overridden = withPriceOverride(quote, { totalMinor: 5000 });
    expect(overridden && withoutPriceOverride(overridden)).toEqual(quote);
    expect(withoutPriceOverride(quote)).toBe(quote);
  });
});

describe('splitViolations', () => {
  it('lets staff override stay rules but never a night without a price', () => {
    const minNights: RuleViolation = { code: 'MIN_NIGHTS', params: { minNights: 3, ruleCode: 'r' } };
    const closed: RuleViolation = { code: 'CLOSED_TO_ARRIVAL', params: { date: '2027-07-01', ruleCode: 'r' } };
    const unpriced: RuleViolation = { code: 'NOT_BOOKABLE', params: { night: '2027-07-02' } };
    expect(splitViolations([minNights, unpriced, closed])).toEqual({ overridable: [minNights, closed], binding: [unpriced] });
  });
});
