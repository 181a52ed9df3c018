import type { HealthReport } from '@pitchdesk/contracts';
import { dependencyRows, formatLag, formatLatency, toHealthView } from './health-view';

function report(overrides: Partial<HealthReport> = {}): HealthReport {
  const up = { status: 'up', required: true, latencyMs: 1 } as const;
  return {
    status: 'ok',
    version: '1.2.3',
    checkedAt: '2026-05-01T08:00:00.000Z',
    checks: {
      // Deliberately not in display order: rows must not follow JSON key order.
      mail: { ...up, required: false },
      hub: { ...up, required: false },
      memcached: up,
      replica: { ...up, lagSeconds: 0.4 },
      primary: up,
    },
    ...overrides,
  };
}

describe('toHealthView', () => {
  it('is loading while nothing has come back', () => {
    expect(toHealthView({ kind: 'pending' })).toEqual({ kind: 'loading' });
  });

  it('shows a valid report as rows in a fixed order', () => {
    const view = toHealthView({ kind: 'answered', httpStatus: 200, body: report() });
    expect(view.kind).toBe('report');
    if (view.kind === 'report') {
      expect(view.rows.map((row) => row.name)).toEqual(['primary', 'replica', 'memcached', 'hub', 'mail']);
      expect(view.rows[1]).toMatchObject({ label: 'Database (replica)', lagSeconds: 0.4, status: 'up' });
    }
  });

  it('still shows the report the API sends with a 503 when a required dependency is down', () => {
    const down = report({ status: 'down' });
    const body = { ...down, checks: { ...down.checks, memcached: { status: 'down', required: true, latencyMs: 2000, error: 'ECONNREFUSED' } } };
    const view = toHealthView({ kind: 'answered', httpStatus: 503, body });
    expect(view.kind).toBe('report');
    if (view.kind === 'report') {
      expect(view.report.status).toBe('down');
      expect(view.rows.find((row) => row.name === 'memcached')).toMatchObject({ status: 'down', error: 'ECONNREFUSED' });
    }
  });

  it.each([
    ['an unrelated JSON object', 200, { hello: 'world' }],
    ['a report missing a dependency', 200, { ...report(), checks: { primary: report().checks.primary } }],
    ['an unknown status value', 200, { ...report(), status: 'fine' }],
    ['an HTML error page', 500, '<html>Internal Server Error</html>'],
    ['an empty body', 404, null],
  ])('calls %s invalid', (_name, httpStatus, body) => {
    expect(toHealthView({ kind: 'answered', httpStatus, body })).toEqual({ kind: 'invalid', httpStatus });
  });

  it.each([502, 503, 504])('treats a gateway %i without a report as the API being unreachable', (httpStatus) => {
    expect(toHealthView({ kind: 'answered', httpStatus, body: 'Bad Gateway' })).toEqual({ kind: 'unreachable' });
  });

  it('reports no answer at all as unreachable', () => {
    expect(toHealthView({ kind: 'unreachable' })).toEqual({ kind: 'unreachable' });
  });
});

describe('dependencyRows', () => {
  it('does not mutate the report', () => {
    const original = report();
    const copy = structuredClone(original);
    dependencyRows(original);
    expect(original).toEqual(copy);
  });
});

describe('formatLatency', () => {
  it.each([
    [0, '0 ms'],
    [5, '5 ms'],
    [0.42, '0.42 ms'],
    [9.996, '10 ms'],
    [12.4, '12 ms'],
    [999.4, '999 ms'],
    [1300, '1.3 s'],
  ])('%d ms -> %s', (ms, text) => {
    expect(formatLatency(ms)).toBe(text);
  });
});

describe('formatLag', () => {
  it.each([
    [undefined, '—'],
    [null, 'unknown'],
    [0, '0 ms'],
    [0.012, '12 ms'],
    [0.44, '440 ms'],
    [1.25, '1.3 s'],
    [42, '42 s'],
  ])('%s -> %s', (lag, text) => {
    expect(formatLag(lag)).toBe(text);
  });
});
