import type { DependencyCheck, DependencyName, HealthReport } from '@pitchdesk/contracts';
import { DEPENDENCY_NAMES, healthReportSchema } from '@pitchdesk/contracts';

/** What came back from `GET /api/health`, before validation. */
export type HealthOutcome =
  | { readonly kind: 'pending' }
  /** The server answered; `body` is whatever JSON it sent (a 503 still carries a report). */
  | { readonly kind: 'answered'; readonly httpStatus: number; readonly body: unknown }
  /** No HTTP answer at all: network down, DNS, CORS, proxy without upstream. */
  | { readonly kind: 'unreachable' };

export interface DependencyRow extends DependencyCheck {
  readonly name: DependencyName;
  readonly label: string;
}

export type HealthView =
  | { readonly kind: 'loading' }
  | { readonly kind: 'report'; readonly report: HealthReport; readonly rows: readonly DependencyRow[] }
  | { readonly kind: 'unreachable' }
  /** The API answered something that is not a health report (wrong version, HTML error page). */
  | { readonly kind: 'invalid'; readonly httpStatus: number };

const GATEWAY_STATUSES: ReadonlySet<number> = new Set([502, 503, 504]);

export const DEPENDENCY_LABELS: Readonly<Record<DependencyName, string>> = {
  primary: 'Database (primary)',
  replica: 'Database (replica)',
  memcached: 'Cache',
  hub: 'Realtime updates',
  mail: 'Email',
};

/**
 * Turns a raw outcome into what a screen shows. A report is shown whatever the
 * HTTP status: the API answers 503 with a full report when a required dependency
 * is down, and that report is exactly what staff need to see.
 */
export function toHealthView(outcome: HealthOutcome): HealthView {
  switch (outcome.kind) {
    case 'pending':
      return { kind: 'loading' };
    case 'unreachable':
      return { kind: 'unreachable' };
    case 'answered': {
      const parsed = healthReportSchema.safeParse(outcome.body);
      if (!parsed.success) {
        // A gateway (dev proxy, CloudFront, ALB) answering for an API that is not there.
        return GATEWAY_STATUSES.has(outcome.httpStatus)
          ? { kind: 'unreachable' }
          : { kind: 'invalid', httpStatus: outcome.httpStatus };
      }
      return { kind: 'report', report: parsed.data, rows: dependencyRows(parsed.data) };
    }
  }
}

/** Rows in a fixed order (required dependencies first), never the JSON key order. */
export function dependencyRows(report: HealthReport): DependencyRow[] {
  return DEPENDENCY_NAMES.map((name) => ({
    ...report.checks[name],
    name,
    label: DEPENDENCY_LABELS[name],
  }));
}

/** `0.42 ms`, `12 ms`, `1.3 s`: short enough for a table cell, precise where it matters. */
export function formatLatency(latencyMs: number): string {
  if (latencyMs < 10) {
    // Up to two decimals, no padding: the API reports whole milliseconds, and `5.00 ms`
    // next to `16 ms` would claim a precision nobody measured.
    return `${Number(latencyMs.toFixed(2))} ms`;
  }
  if (latencyMs < 1000) {
    return `${Math.round(latencyMs)} ms`;
  }
  return `${(latencyMs / 1000).toFixed(1)} s`;
}

/** Replica lag: `—` when the check does not measure lag, `unknown` when it could not (null). */
export function formatLag(lagSeconds: number | null | undefined): string {
  if (lagSeconds === undefined) {
    return '—';
  }
  if (lagSeconds === null) {
    return 'unknown';
  }
  // Sub-second lag is the normal case; milliseconds keep it from reading as `0.0 s`.
  if (lagSeconds < 1) {
    return `${Math.round(lagSeconds * 1000)} ms`;
  }
  return `${lagSeconds.toFixed(lagSeconds < 10 ? 1 : 0)} s`;
}
