import { describe, expect, it } from 'vitest';
import { formatTable, PhaseStats } from './phase-stats.ts';

describe('PhaseStats', () => {
  it('counts each request in the phase it was sent in, with its latency and failure', () => {
    const stats = new PhaseStats();
    stats.begin('baseline');
    const slow = stats.sending('book');
    for (let index = 1; index <= 99; index += 1) {
      stats.sending('search')(10, undefined);
    }
    stats.begin('expand');
    // Answered during "expand", sent during "baseline".
    slow(1_000, 'book 503');
    stats.sending('hold')(20, undefined);

    const [baseline, expand] = stats.summaries();
    expect(baseline).toMatchObject({ phase: 'baseline', sent: 100, failed: 1, failures: { 'book 503': 1 }, byKind: { search: 99, hold: 0, book: 1 } });
    // An HDR histogram keeps three significant digits.
    expect(baseline?.p50Ms).toBeCloseTo(10, 0);
    expect(baseline?.p99Ms).toBeCloseTo(10, 0);
    expect(baseline?.maxMs).toBeCloseTo(1_000, -1);
    expect(expand).toMatchObject({ phase: 'expand', sent: 1, failed: 0, failures: {} });
    expect(expand?.p99Ms).toBeCloseTo(20, 0);
  });

  it('reports a phase with no requests as zeros', () => {
    const stats = new PhaseStats();
    stats.begin('empty');
    expect(stats.summaries()).toEqual([{ phase: 'empty', sent: 0, failed: 0, p50Ms: 0, p99Ms: 0, maxMs: 0, failures: {}, byKind: { search: 0, hold: 0, book: 0 } }]);
  });
});

describe('formatTable', () => {
  it('prints a row per phase, the failures, and the totals', () => {
    const lines = formatTable([
      { phase: 'baseline', sent: 100, failed: 0, p50Ms: 3.2, p99Ms: 12.25, maxMs: 40, failures: {}, byKind: { search: 80, hold: 10, book: 10 } },
      { phase: 'expand', sent: 50, failed: 2, p50Ms: 3, p99Ms: 900, maxMs: 1_100, failures: { 'book 503': 2 }, byKind: { search: 40, hold: 5, book: 5 } },
    ]);
    expect(lines).toEqual([
      'phase         sent    failed    p50 ms    p99 ms    max ms',
      'baseline       100         0       3.2      12.3      40.0',
      'expand          50         2       3.0     900.0    1100.0',
      '  expand: 2 x book 503',
      'total: 150 requests sent, 2 failed',
    ]);
  });
});
