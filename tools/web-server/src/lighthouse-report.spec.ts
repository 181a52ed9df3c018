import { describe, expect, it } from 'vitest';
import { formatTable, summarize } from './lighthouse-report.ts';
import type { LhrLike } from './lighthouse-report.ts';

function lhr(scores: { performance: number | null; accessibility: number; bestPractices: number }): LhrLike {
  return {
    finalDisplayedUrl: 'http://127.0.0.1:1/it/',
    categories: {
      performance: { score: scores.performance, auditRefs: [{ id: 'largest-contentful-paint', weight: 25 }, { id: 'total-blocking-time', weight: 30 }, { id: 'cumulative-layout-shift', weight: 25 }] },
      accessibility: { score: scores.accessibility, auditRefs: [{ id: 'color-contrast', weight: 7 }, { id: 'html-has-lang', weight: 7 }, { id: 'bypass', weight: 0 }] },
      'best-practices': { score: scores.bestPractices, auditRefs: [{ id: 'errors-in-console', weight: 1 }] },
    },
    audits: {
      'largest-contentful-paint': { title: 'Largest Contentful Paint', score: 0.92, numericValue: 2_140.4, displayValue: '2.1 s' },
      'total-blocking-time': { title: 'Total Blocking Time', score: 1, numericValue: 36 },
      'cumulative-layout-shift': { title: 'Cumulative Layout Shift', score: 1, numericValue: 0.0123 },
      'color-contrast': { title: 'Background and foreground colors do not have a sufficient contrast ratio.', score: 0 },
      'html-has-lang': { title: '<html> has a [lang] attribute', score: 1 },
      // Weight 0: never counted against the page.
      bypass: { title: 'The page does not have a skip link', score: 0 },
      'errors-in-console': { title: 'Browser errors were logged to the console', score: 0 },
    },
  };
}

describe('summarize', () => {
  it('reads scores as 0-100 and the key metrics', () => {
    const page = summarize('/it/', lhr({ performance: 0.99, accessibility: 1, bestPractices: 0.96 }));
    expect(page.scores).toEqual({ performance: 99, accessibility: 100, 'best-practices': 96 });
    expect(page.metrics).toEqual({ lcpMs: 2_140.4, tbtMs: 36, cls: 0.0123 });
    expect(page.failures).toEqual([]);
    expect(page.lostPoints['best-practices']).toEqual(['Browser errors were logged to the console']);
  });

  it('names each category under its threshold and the weighted audits that cost it', () => {
    const page = summarize('/en/', lhr({ performance: 0.94, accessibility: 0.93, bestPractices: 0.95 }));
    expect(page.failures).toEqual([
      '/en/: performance 94 < 95: Largest Contentful Paint (2.1 s)',
      '/en/: accessibility 93 < 100: Background and foreground colors do not have a sufficient contrast ratio.',
    ]);
  });

  it('fails a category Lighthouse could not score, with the runtime error', () => {
    const broken = { ...lhr({ performance: null, accessibility: 1, bestPractices: 1 }), runtimeError: { code: 'NO_FCP', message: 'The page did not paint any content.' } };
    const page = summarize('/de/', broken);
    expect(page.scores.performance).toBeNull();
    expect(page.runtimeError).toBe('NO_FCP: The page did not paint any content.');
    expect(page.failures[0]).toMatch(/^\/de\/: performance not scored < 95/);
  });
});

describe('formatTable', () => {
  it('prints one aligned row per page', () => {
    const table = formatTable([
      summarize('/it/', lhr({ performance: 0.99, accessibility: 1, bestPractices: 0.96 })),
      summarize('/en/?arrival=2027-06-12', lhr({ performance: null, accessibility: 1, bestPractices: 1 })),
    ]);
    expect(table.split('\n')).toEqual([
      'page                      perf  a11y  best       LCP      TBT    CLS',
      '/it/                        99   100    96     2.1 s    36 ms  0.012',
      '/en/?arrival=2027-06-12      -   100   100     2.1 s    36 ms  0.012',
    ]);
  });
});
