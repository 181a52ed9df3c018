import { createHistogram } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import { LatencyRecorder, perSecond, ratio, summariseHistogram, tally } from './stats.ts';

describe('LatencyRecorder', () => {
  it('reads p50/p95/p99 of 1..100 ms within the histogram precision', () => {
    const recorder = new LatencyRecorder();
    for (let ms = 1; ms <= 100; ms += 1) {
      recorder.recordMs(ms);
    }
    const summary = recorder.summary();
    expect(summary.count).toBe(100);
    expect(summary.p50Ms).toBeCloseTo(50, 1);
    expect(summary.p95Ms).toBeCloseTo(95, 1);
    expect(summary.p99Ms).toBeCloseTo(99, 1);
    expect(summary.maxMs).toBeCloseTo(100, 1);
    expect(summary.meanMs).toBeCloseTo(50.5, 1);
  });

  it('keeps sub-millisecond answers apart from zero', () => {
    const recorder = new LatencyRecorder();
    recorder.recordMs(0);
    recorder.recordMs(0.25);
    const summary = recorder.summary();
    expect(summary.count).toBe(2);
    expect(summary.maxMs).toBe(0.25);
  });

  it('a tail is visible at p99 and not at p50', () => {
    const recorder = new LatencyRecorder();
    for (let index = 0; index < 98; index += 1) {
      recorder.recordMs(2);
    }
    recorder.recordMs(900);
    recorder.recordMs(1_000);
    const summary = recorder.summary();
    expect(summary.p50Ms).toBe(2);
    expect(summary.p95Ms).toBe(2);
    expect(summary.p99Ms).toBeCloseTo(900, -1);
    expect(summary.maxMs).toBeCloseTo(1_000, -1);
  });
});

describe('summariseHistogram', () => {
  it('is all zeros for an empty histogram (not NaN or a huge min)', () => {
    expect(summariseHistogram(createHistogram())).toEqual({ count: 0, meanMs: 0, p50Ms: 0, p95Ms: 0, p99Ms: 0, maxMs: 0 });
  });
});

describe('rates and ratios', () => {
  it.each([
    [500, 10_000, 50],
    [1, 3_000, 0.33],
    [7, 0, 0],
  ])('perSecond(%i events, %i ms) = %f', (count, elapsedMs, expected) => {
    expect(perSecond(count, elapsedMs)).toBe(expected);
  });

  it.each([
    [400, 1_000, 0.4],
    [1, 3, 0.3333],
    [5, 0, null],
  ])('ratio(%f, %f) = %s', (numerator, denominator, expected) => {
    expect(ratio(numerator, denominator)).toBe(expected);
  });

  it('tallies by key', () => {
    const counts: Record<string, number> = {};
    tally(counts, 'hold 409');
    tally(counts, 'hold 409');
    tally(counts, 'book 500');
    expect(counts).toEqual({ 'hold 409': 2, 'book 500': 1 });
  });
});
