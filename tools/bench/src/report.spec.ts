import { describe, expect, it } from 'vitest';
import type { ReportInput } from './report.ts';
import { buildReport, formatReport, formatTable } from './report.ts';
import type { LatencySummary } from './stats.ts';

const latency = (p95Ms: number): LatencySummary => ({ count: 100, meanMs: 10, p50Ms: 8, p95Ms, p99Ms: p95Ms + 5, maxMs: p95Ms + 10 });
const load = (reqPerS: number, p95Ms: number) => ({
  connections: 50,
  durationS: 10,
  requests: reqPerS * 10,
  reqPerS,
  latency: latency(p95Ms),
  non2xx: 0,
  errors: 0,
  statusCounts: { '200': reqPerS * 10 },
});
const sequence = (perS: number) => ({
  workers: 16,
  durationS: 10,
  completed: perS * 10,
  perS,
  errors: {},
  latency: latency(40),
  errorSamples: [],
});

function input(
  overrides: {
    searchReqPerS?: number;
    searchP95?: number;
    created?: number;
    allAnsweredMs?: number;
    bookingsPerS?: number;
    planningP95?: number;
    planningErrors?: Record<string, number>;
  } = {},
): ReportInput {
  return {
    startedAt: '2026-11-21T20:00:00.000Z',
    finishedAt: '2026-11-21T20:01:10.000Z',
    mode: 'full',
    environment: {
      node: 'v24.21.0',
      cpus: 2,
      cpuModel: 'test cpu',
      demoYear: 2027,
      poolSize: 32,
      gitCommit: 'abc',
      gitDirty: false,
      loadAverage: { atStart: 0.2, atEnd: 1.9 },
    },
    search: { hello: load(20_000, 4), search: load(overrides.searchReqPerS ?? 9_000, overrides.searchP95 ?? 30) },
    race: {
      attempts: 1_000,
      created: overrides.created ?? 1,
      conflicts: 1_000 - (overrides.created ?? 1),
      otherErrors: {},
      allAnsweredMs: overrides.allAnsweredMs ?? 900,
      latency: latency(800),
    },
    bookings: {
      api: {
        ...sequence(overrides.bookingsPerS ?? 300),
        holdLatency: latency(20),
        bookLatency: latency(25),
        slotsAvailable: 5_000,
        slotsExhausted: false,
      },
      raw: sequence(500),
    },
    planning: {
      from: '2027-07-01',
      days: 60,
      requests: 100,
      units: 300,
      bars: 1_234,
      bytes: 350_000,
      latency: latency(overrides.planningP95 ?? 60),
      errors: overrides.planningErrors ?? {},
      errorSamples: [],
    },
    apiLog: { lines: 0, samples: [] },
  };
}

describe('formatTable', () => {
  it('pads each column to its widest cell and rules the header', () => {
    expect(formatTable(['a', 'bee'], [['long cell', '1'], ['x', '22']])).toBe(
      ['a          bee', '---------  ---', 'long cell  1', 'x          22'].join('\n'),
    );
  });

  it('leaves no trailing spaces when the last cell is empty', () => {
    const table = formatTable(['a', 'b'], [['1', '']]);
    expect(table.split('\n').every((line) => line === line.trimEnd())).toBe(true);
  });
});

describe('buildReport', () => {
  it('computes both ratios and marks every target met when they are', () => {
    const report = buildReport(input());
    expect(report.search.ratio).toBe(0.45);
    expect(report.bookings.ratio).toBe(0.6);
    expect(report.targets.map((target) => [target.scenario, target.met])).toEqual([
      ['search', true],
      ['race', true],
      ['bookings', true],
      ['planning', true],
    ]);
  });

  it.each([
    ['search below 40 % of hello-world', { searchReqPerS: 7_000 }, 'search'],
    ['search p95 at 50 ms', { searchP95: 50 }, 'search'],
    ['two holds winning the race', { created: 2 }, 'race'],
    ['no hold winning the race', { created: 0 }, 'race'],
    ['the race answered in 2 s', { allAnsweredMs: 2_000 }, 'race'],
    ['bookings below half the raw rate', { bookingsPerS: 240 }, 'bookings'],
    ['planning board p95 at 200 ms', { planningP95: 200 }, 'planning'],
    ['planning board answering 401', { planningErrors: { '401': 100 } }, 'planning'],
  ] as const)('misses a target on %s', (_name, overrides, scenario) => {
    const missed = buildReport(input(overrides)).targets.filter((target) => !target.met);
    expect(missed.map((target) => target.scenario)).toEqual([scenario]);
  });

  it('has the documented JSON shape and survives a JSON round trip', () => {
    const report = buildReport(input());
    expect(Object.keys(report)).toEqual([
      'schemaVersion',
      'startedAt',
      'finishedAt',
      'mode',
      'environment',
      'search',
      'race',
      'bookings',
      'planning',
      'apiLog',
      'targets',
    ]);
    expect(Object.keys(report.search)).toEqual(['hello', 'search', 'ratio']);
    expect(Object.keys(report.bookings)).toEqual(['api', 'raw', 'ratio']);
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });
});

describe('formatReport', () => {
  it('prints the numbers, the ratios and which targets were missed', () => {
    const text = formatReport(buildReport(input({ bookingsPerS: 100 })));
    expect(text).toContain('9,000 req/s');
    expect(text).toContain('45.0 % of hello');
    expect(text).toContain('1 x 201, 999 x 409');
    expect(text).toContain('100.0 bookings/s');
    expect(text).toContain('20.0 % of raw');
    expect(text).toContain('MISSED  bookings: bookings/s >= 50 % of raw mysql2 doing the same two transactions');
    expect(text).toContain('met     race');
    expect(text).toContain('planning board (300 units x 60 days: 1,234 bars, 342 KB)');
    expect(text).toContain('p50 8.0 / p95 60.0 / p99 65.0 ms');
  });
});
