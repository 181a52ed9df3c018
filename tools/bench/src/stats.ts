import { createHistogram } from 'node:perf_hooks';
import type { RecordableHistogram } from 'node:perf_hooks';

/** Latencies in milliseconds, read from an HDR histogram (3 significant digits). */
export interface LatencySummary {
  readonly count: number;
  readonly meanMs: number;
  readonly p50Ms: number;
  readonly p95Ms: number;
  readonly p99Ms: number;
  readonly maxMs: number;
}

/**
 * Records latencies in microseconds: node's histogram takes integers, and a
 * loopback request is well under a millisecond at the fast end.
 */
export class LatencyRecorder {
  private readonly histogram: RecordableHistogram = createHistogram();

  recordMs(ms: number): void {
    // 0 is not recordable; a sub-microsecond answer is recorded as 1 µs.
    this.histogram.record(Math.max(1, Math.round(ms * 1_000)));
  }

  summary(): LatencySummary {
    return summariseHistogram(this.histogram);
  }
}

const round2 = (value: number): number => Math.round(value * 100) / 100;

/** Summary of a histogram of microseconds; all zeros when nothing was recorded. */
export function summariseHistogram(histogram: RecordableHistogram): LatencySummary {
  if (histogram.count === 0) {
    return { count: 0, meanMs: 0, p50Ms: 0, p95Ms: 0, p99Ms: 0, maxMs: 0 };
  }
  const ms = (micros: number): number => round2(micros / 1_000);
  return {
    count: histogram.count,
    meanMs: ms(histogram.mean),
    p50Ms: ms(histogram.percentile(50)),
    p95Ms: ms(histogram.percentile(95)),
    p99Ms: ms(histogram.percentile(99)),
    maxMs: ms(histogram.max),
  };
}

/** Events per second over an elapsed time; 0 for an empty interval. */
export function perSecond(count: number, elapsedMs: number): number {
  return elapsedMs > 0 ? round2((count * 1_000) / elapsedMs) : 0;
}

/** numerator / denominator, or null when the baseline is zero (no ratio to speak of). */
export function ratio(numerator: number, denominator: number): number | null {
  return denominator > 0 ? Math.round((numerator / denominator) * 10_000) / 10_000 : null;
}

/** Adds one to `counts[key]`; error tallies keyed by what failed and how. */
export function tally(counts: Record<string, number>, key: string): void {
  counts[key] = (counts[key] ?? 0) + 1;
}
