/** The parts of a Lighthouse result (LHR) this report reads; the real `Result` type fits. */
export interface LhrLike {
  readonly requestedUrl?: string;
  readonly finalDisplayedUrl: string;
  readonly runtimeError?: { readonly code: string; readonly message: string };
  readonly categories: Readonly<
    Record<string, { readonly score: number | null; readonly auditRefs: readonly { readonly id: string; readonly weight: number }[] } | undefined>
  >;
  readonly audits: Readonly<
    Record<string, { readonly title: string; readonly score: number | null; readonly numericValue?: number; readonly displayValue?: string } | undefined>
  >;
}

export const CATEGORIES = ['performance', 'accessibility', 'best-practices'] as const;
export type Category = (typeof CATEGORIES)[number];

/** The issue's bar for the guest booking engine, in Lighthouse's 0-100 scores. */
export const THRESHOLDS: Readonly<Record<Category, number>> = { performance: 95, accessibility: 100, 'best-practices': 95 };

export interface PageSummary {
  readonly path: string;
  /** 0-100; null when Lighthouse could not score the category (see runtimeError). */
  readonly scores: Readonly<Record<Category, number | null>>;
  readonly metrics: { readonly lcpMs: number | null; readonly tbtMs: number | null; readonly cls: number | null };
  readonly runtimeError?: string;
  /** Weighted audits that did not get full marks, per category: where the points went. */
  readonly lostPoints: Readonly<Record<Category, readonly string[]>>;
  /** One line per category under its threshold, with the audits that cost it. */
  readonly failures: readonly string[];
}

const numeric = (lhr: LhrLike, audit: string): number | null => lhr.audits[audit]?.numericValue ?? null;

function failingAudits(lhr: LhrLike, category: Category): string[] {
  return (lhr.categories[category]?.auditRefs ?? [])
    .filter((ref) => ref.weight > 0)
    .map((ref) => lhr.audits[ref.id])
    .filter((audit) => audit !== undefined && audit.score !== null && audit.score < 1)
    .map((audit) => `${audit?.title ?? ''}${audit?.displayValue ? ` (${audit.displayValue})` : ''}`);
}

export function summarize(path: string, lhr: LhrLike, thresholds = THRESHOLDS): PageSummary {
  const score = (category: Category): number | null => {
    const value = lhr.categories[category]?.score;
    return value === null || value === undefined ? null : Math.round(value * 100);
  };
  const scores = { performance: score('performance'), accessibility: score('accessibility'), 'best-practices': score('best-practices') };
  const lostPoints = {
    performance: failingAudits(lhr, 'performance'),
    accessibility: failingAudits(lhr, 'accessibility'),
    'best-practices': failingAudits(lhr, 'best-practices'),
  };
  const failures = CATEGORIES.flatMap((category) => {
    const value = scores[category];
    if (value !== null && value >= thresholds[category]) {
      return [];
    }
    const why = lostPoints[category].slice(0, 6);
    return [`${path}: ${category} ${value ?? 'not scored'} < ${thresholds[category]}${why.length > 0 ? `: ${why.join('; ')}` : ''}`];
  });
  return {
    path,
    scores,
    metrics: {
      lcpMs: numeric(lhr, 'largest-contentful-paint'),
      tbtMs: numeric(lhr, 'total-blocking-time'),
      cls: numeric(lhr, 'cumulative-layout-shift'),
    },
    ...(lhr.runtimeError ? { runtimeError: `${lhr.runtimeError.code}: ${lhr.runtimeError.message}` } : {}),
    lostPoints,
    failures,
  };
}

const column = (value: string, width: number): string => value.padStart(width);
const ms = (value: number | null): string => (value === null ? '-' : value >= 1000 ? `${(value / 1000).toFixed(1)} s` : `${Math.round(value)} ms`);

/** A plain-text table: one line per page, scores then LCP, TBT, CLS. */
export function formatTable(pages: readonly PageSummary[]): string {
  const pathWidth = Math.max(4, ...pages.map((page) => page.path.length));
  const header = `${'page'.padEnd(pathWidth)}  ${column('perf', 5)} ${column('a11y', 5)} ${column('best', 5)}  ${column('LCP', 8)} ${column('TBT', 8)} ${column('CLS', 6)}`;
  const rows = pages.map((page) => {
    const score = (category: Category): string => column(String(page.scores[category] ?? '-'), 5);
    return (
      `${page.path.padEnd(pathWidth)}  ${score('performance')} ${score('accessibility')} ${score('best-practices')}  ` +
      `${column(ms(page.metrics.lcpMs), 8)} ${column(ms(page.metrics.tbtMs), 8)} ${column(page.metrics.cls === null ? '-' : page.metrics.cls.toFixed(3), 6)}`
    );
  });
  return [header, ...rows].join('\n');
}
