/** What one migrate.js run did, read from its JSON log lines (one object per line). */
export interface RunnerReport {
  readonly applied: readonly string[];
  readonly steps: number;
  /** Lock-wait timeouts the runner retried after. */
  readonly retries: number;
  /** Most attempts any one step needed. */
  readonly maxAttempts: number;
  readonly lockWaitMs: number;
}

type Line = Record<string, unknown>;

function parseLines(output: string): Line[] {
  return output.split('\n').flatMap((line) => {
    const text = line.trim();
    if (!text.startsWith('{')) {
      return [];
    }
    try {
      const value: unknown = JSON.parse(text);
      return typeof value === 'object' && value !== null ? [value as Line] : [];
    } catch {
      return [];
    }
  });
}

const number = (value: unknown): number => (typeof value === 'number' ? value : 0);

export function readRunnerLog(output: string): RunnerReport {
  const lines = parseLines(output);
  const done = lines.filter((line) => line['message'] === 'step done');
  return {
    applied: lines.filter((line) => line['message'] === 'migration applied').map((line) => String(line['migration'])),
    steps: done.length,
    retries: lines.filter((line) => line['message'] === 'step waiting for a metadata lock, retrying').length,
    maxAttempts: Math.max(0, ...done.map((line) => number(line['attempts']))),
    lockWaitMs: done.reduce((sum, line) => sum + number(line['lockWaitMs']), 0),
  };
}
