import type { LatencySummary } from './stats.ts';
import { ratio } from './stats.ts';

/** One autocannon run (search, or the hello-world baseline). */
export interface LoadResult {
  readonly connections: number;
  readonly durationS: number;
  readonly requests: number;
  readonly reqPerS: number;
  readonly latency: LatencySummary;
  readonly non2xx: number;
  /** Connection errors and timeouts. */
  readonly errors: number;
  readonly statusCounts: Readonly<Record<string, number>>;
}

export interface RaceResult {
  readonly attempts: number;
  readonly created: number;
  readonly conflicts: number;
  /** Anything but 201 and 409, keyed `<status>` or `network`. */
  readonly otherErrors: Readonly<Record<string, number>>;
  /** From the first request sent to the last answer received. */
  readonly allAnsweredMs: number;
  readonly latency: LatencySummary;
}

export interface SequenceResult {
  readonly workers: number;
  readonly durationS: number;
  readonly completed: number;
  readonly perS: number;
  /** Keyed by step and outcome, e.g. `hold 409`, `book 500`, `network`. */
  readonly errors: Readonly<Record<string, number>>;
  readonly latency: LatencySummary;
  /** The first few error answers, to say what failed without a log dive. */
  readonly errorSamples: readonly string[];
}

export interface BookingsResult extends SequenceResult {
  readonly holdLatency: LatencySummary;
  readonly bookLatency: LatencySummary;
  readonly slotsAvailable: number;
  readonly slotsExhausted: boolean;
}

/** The staff planning board, requested one at a time. */
export interface PlanningResult {
  readonly from: string;
  readonly days: number;
  readonly requests: number;
  /** Rows and bars of the board answered: its size, so an empty board cannot pass for the real one. */
  readonly units: number;
  readonly bars: number;
  readonly bytes: number;
  readonly latency: LatencySummary;
  /** Keyed by status (or `network`): anything but 200. */
  readonly errors: Readonly<Record<string, number>>;
  readonly errorSamples: readonly string[];
}

export interface Target {
  readonly scenario: 'search' | 'race' | 'bookings' | 'planning';
  readonly goal: string;
  readonly met: boolean;
}

export interface BenchReport {
  readonly schemaVersion: 1;
  readonly startedAt: string;
  readonly finishedAt: string;
  readonly mode: 'quick' | 'full';
  readonly environment: {
    readonly node: string;
    readonly cpus: number;
    readonly cpuModel: string;
    readonly demoYear: number;
    readonly poolSize: number;
    readonly gitCommit: string;
    readonly gitDirty: boolean;
    /** 1-minute load average at start and end: other work on the machine skews every number. */
    readonly loadAverage: { readonly atStart: number; readonly atEnd: number };
  };
  readonly search: { readonly hello: LoadResult; readonly search: LoadResult; readonly ratio: number | null };
  readonly race: RaceResult;
  readonly bookings: { readonly api: BookingsResult; readonly raw: SequenceResult; readonly ratio: number | null };
  readonly planning: PlanningResult;
  /** Lines the API logged at warn or above during the run (it runs with PD_LOG_LEVEL=warn). */
  readonly apiLog: { readonly lines: number; readonly samples: readonly string[] };
  readonly targets: readonly Target[];
}

export type ReportInput = Omit<BenchReport, 'schemaVersion' | 'targets' | 'search' | 'bookings'> & {
  readonly search: Omit<BenchReport['search'], 'ratio'>;
  readonly bookings: Omit<BenchReport['bookings'], 'ratio'>;
};

/** Targets of the booking core, judged (reported) from the measurements; never asserted. */
export function judgeTargets(report: Pick<BenchReport, 'search' | 'race' | 'bookings' | 'planning'>): Target[] {
  const searchRatio = report.search.ratio ?? 0;
  const bookingRatio = report.bookings.ratio ?? 0;
  const otherRaceErrors = Object.values(report.race.otherErrors).reduce((sum, count) => sum + count, 0);
  return [
    {
      scenario: 'search',
      goal: 'search >= 40 % of hello-world req/s, p95 < 50 ms',
      met: searchRatio >= 0.4 && report.search.search.latency.p95Ms < 50 && report.search.search.non2xx === 0,
    },
    {
      scenario: 'race',
      goal: 'exactly 1 hold of the race wins, all answered < 2 s',
      met: report.race.created === 1 && otherRaceErrors === 0 && report.race.allAnsweredMs < 2_000,
    },
    { scenario: 'bookings', goal: 'bookings/s >= 50 % of raw mysql2 doing the same two transactions', met: bookingRatio >= 0.5 },
    {
      scenario: 'planning',
      goal: 'planning board p95 < 200 ms, every answer 200',
      met: report.planning.latency.p95Ms < 200 && Object.keys(report.planning.errors).length === 0 && report.planning.units > 0,
    },
  ];
}

export function buildReport(input: ReportInput): BenchReport {
  const measured = {
    search: { ...input.search, ratio: ratio(input.search.search.reqPerS, input.search.hello.reqPerS) },
    race: input.race,
    bookings: { ...input.bookings, ratio: ratio(input.bookings.api.perS, input.bookings.raw.perS) },
    planning: input.planning,
  };
  return {
    schemaVersion: 1,
    startedAt: input.startedAt,
    finishedAt: input.finishedAt,
    mode: input.mode,
    environment: input.environment,
    ...measured,
    apiLog: input.apiLog,
    targets: judgeTargets(measured),
  };
}

/** Plain text table: columns padded to their widest cell, a rule under the header. */
export function formatTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)));
  const line = (cells: readonly string[]): string =>
    widths
      .map((width, column) => (cells[column] ?? '').padEnd(width))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.map(line)].join('\n');
}

const number = (value: number, digits = 0): string =>
  value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const percent = (value: number | null): string => (value === null ? 'n/a' : `${number(value * 100, 1)} %`);
const latencies = (latency: LatencySummary): string =>
  `p50 ${number(latency.p50Ms, 1)} / p95 ${number(latency.p95Ms, 1)} / p99 ${number(latency.p99Ms, 1)} ms`;
const errorText = (errors: Readonly<Record<string, number>>): string => {
  const entries = Object.entries(errors);
  return entries.length === 0 ? '0 errors' : entries.map(([key, count]) => `${count} x ${key}`).join(', ');
};

/** The table the command prints: one row per measurement, targets marked met/missed. */
export function formatReport(report: BenchReport): string {
  const met = (scenario: Target['scenario']): string =>
    report.targets.find((target) => target.scenario === scenario)?.met ? 'met' : 'MISSED';
  const { hello, search } = report.search;
  const { race } = report;
  const { api, raw } = report.bookings;
  const { planning } = report;
  const rows: string[][] = [
    [
      `hello-world baseline (${hello.connections} conn)`,
      `${number(hello.reqPerS)} req/s`,
      latencies(hello.latency),
      `${hello.non2xx + hello.errors} errors`,
      '',
      '',
    ],
    [
      `availability search (${search.connections} conn)`,
      `${number(search.reqPerS)} req/s`,
      latencies(search.latency),
      `${search.non2xx} non-2xx, ${search.errors} conn errors`,
      `${percent(report.search.ratio)} of hello`,
      met('search'),
    ],
    [
      `hold race (${race.attempts} at once)`,
      `${race.created} x 201, ${race.conflicts} x 409`,
      `all answered in ${number(race.allAnsweredMs)} ms (p50 ${number(race.latency.p50Ms, 1)} ms)`,
      errorText(race.otherErrors),
      '',
      met('race'),
    ],
    [
      `hold + book (${api.workers} workers)`,
      `${number(api.perS, 1)} bookings/s`,
      latencies(api.latency),
      errorText(api.errors) + (api.slotsExhausted ? ', slots ran out' : ''),
      `${percent(report.bookings.ratio)} of raw`,
      met('bookings'),
    ],
    [
      `raw mysql2 hold+book baseline (${raw.workers} conn)`,
      `${number(raw.perS, 1)} bookings/s`,
      latencies(raw.latency),
      errorText(raw.errors),
      '',
      '',
    ],
    [
      `planning board (${planning.units} units x ${planning.days} days: ${number(planning.bars)} bars, ${number(planning.bytes / 1_024)} KB)`,
      `${planning.requests} requests, one at a time`,
      latencies(planning.latency),
      errorText(planning.errors),
      '',
      met('planning'),
    ],
  ];
  const table = formatTable(['scenario', 'throughput', 'latency', 'errors', 'ratio', 'target'], rows);
  const goals = report.targets.map((target) => `  ${target.met ? 'met   ' : 'MISSED'}  ${target.scenario}: ${target.goal}`);
  return [table, '', 'targets (reported, not asserted):', ...goals].join('\n');
}
