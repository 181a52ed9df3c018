import { createHistogram } from 'node:perf_hooks';
import type { RecordableHistogram } from 'node:perf_hooks';

export type RequestKind = 'search' | 'hold' | 'book';

export interface PhaseSummary {
  readonly phase: string;
  readonly sent: number;
  readonly failed: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly maxMs: number;
  /** "book 503", "search network", ... -> count. */
  readonly failures: Readonly<Record<string, number>>;
  readonly byKind: Readonly<Record<RequestKind, number>>;
}

interface Phase {
  readonly name: string;
  readonly latency: RecordableHistogram;
  readonly byKind: Record<RequestKind, number>;
  readonly failures: Record<string, number>;
  sent: number;
  failed: number;
}

const ms = (micros: number): number => Math.round(micros / 10) / 100;

function newPhase(name: string): Phase {
  return { name, latency: createHistogram(), byKind: { search: 0, hold: 0, book: 0 }, failures: {}, sent: 0, failed: 0 };
}

/**
 * Requests per rehearsal phase. A request counts in the phase it was sent in, even when
 * its answer arrives in the next: the phase that sent it is the one it tells about.
 */
export class PhaseStats {
  private readonly phases: Phase[] = [];
  private current: Phase = newPhase('(before the first phase)');

  begin(name: string): void {
    this.current = newPhase(name);
    this.phases.push(this.current);
  }

  /** Returns the recorder of the phase now, for the request about to be sent. */
  sending(kind: RequestKind): (latencyMs: number, failure: string | undefined) => void {
    const phase = this.current;
    phase.sent += 1;
    phase.byKind[kind] += 1;
    return (latencyMs, failure) => {
      phase.latency.record(Math.max(1, Math.round(latencyMs * 1_000)));
      if (failure !== undefined) {
        phase.failed += 1;
        phase.failures[failure] = (phase.failures[failure] ?? 0) + 1;
      }
    };
  }

  summaries(): PhaseSummary[] {
    return this.phases.map((phase) => ({
      phase: phase.name,
      sent: phase.sent,
      failed: phase.failed,
      p50Ms: phase.latency.count === 0 ? 0 : ms(phase.latency.percentile(50)),
      p99Ms: phase.latency.count === 0 ? 0 : ms(phase.latency.percentile(99)),
      maxMs: phase.latency.count === 0 ? 0 : ms(phase.latency.max),
      failures: { ...phase.failures },
      byKind: { ...phase.byKind },
    }));
  }
}

/** The table the rehearsal prints: one row per phase, then the totals. */
export function formatTable(summaries: readonly PhaseSummary[]): string[] {
  const width = Math.max(5, ...summaries.map((summary) => summary.phase.length));
  const row = (cells: readonly string[]): string =>
    `${(cells[0] ?? '').padEnd(width)}  ${cells.slice(1).map((cell) => cell.padStart(8)).join('  ')}`;
  const sent = summaries.reduce((sum, summary) => sum + summary.sent, 0);
  const failed = summaries.reduce((sum, summary) => sum + summary.failed, 0);
  return [
    row(['phase', 'sent', 'failed', 'p50 ms', 'p99 ms', 'max ms']),
    ...summaries.map((summary) =>
      row([summary.phase, String(summary.sent), String(summary.failed), summary.p50Ms.toFixed(1), summary.p99Ms.toFixed(1), summary.maxMs.toFixed(1)]),
    ),
    ...summaries.flatMap((summary) =>
      Object.entries(summary.failures).map(([failure, count]) => `  ${summary.phase}: ${count} x ${failure}`),
    ),
    `total: ${sent} requests sent, ${failed} failed`,
  ];
}
