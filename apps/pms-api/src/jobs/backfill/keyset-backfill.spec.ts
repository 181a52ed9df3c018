import { describe, expect, it } from 'vitest';
import { nextBatchSize } from './keyset-backfill';

const sizing = { initial: 1_000, min: 50, max: 4_000, targetMs: 200 };

describe('nextBatchSize', () => {
  it.each([
    { current: 1_000, tookMs: 50, expected: 2_000, why: 'well under half the target: doubled' },
    { current: 1_000, tookMs: 100, expected: 1_000, why: 'exactly half the target: kept' },
    { current: 1_000, tookMs: 300, expected: 1_000, why: 'within twice the target: kept' },
    { current: 1_000, tookMs: 401, expected: 500, why: 'past twice the target: halved' },
    { current: 3_000, tookMs: 10, expected: 4_000, why: 'doubling stops at max' },
    { current: 60, tookMs: 5_000, expected: 50, why: 'halving stops at min' },
  ])('$why ($current rows in $tookMs ms -> $expected)', ({ current, tookMs, expected }) => {
    expect(nextBatchSize(current, tookMs, sizing)).toBe(expected);
  });
});
