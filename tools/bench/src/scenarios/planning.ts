import type { Answer, JsonClient } from '../http-client.ts';
import type { PlanningResult } from '../report.ts';
import { LatencyRecorder, tally } from '../stats.ts';

const SAMPLE_LIMIT = 5;
// Not measured: the first requests warm the API's code paths and the database's caches.
const WARM_UP_REQUESTS = 5;

interface BoardAnswer {
  units?: unknown[];
  bars?: unknown[];
}

/**
 * The staff planning board, `requests` times one after the other (one staff member
 * scrolling: latency, not throughput), for `days` days from `from`. Reports p50/p95 and
 * the board's size, so a figure for an empty board cannot pass for the real one.
 */
export async function runPlanning(
  client: JsonClient,
  slug: string,
  board: { from: string; days: number },
  requests: number,
  headers: Record<string, string>,
): Promise<PlanningResult> {
  const path = `/api/staff/properties/${slug}/planning?from=${board.from}&days=${board.days}`;
  const recorder = new LatencyRecorder();
  const errors: Record<string, number> = {};
  const errorSamples: string[] = [];
  let first: Answer | undefined;
  const record = (answer: Answer): void => {
    if (answer.status === 200) {
      first ??= answer;
      return;
    }
    tally(errors, answer.status === 0 ? 'network' : String(answer.status));
    if (errorSamples.length < SAMPLE_LIMIT) {
      errorSamples.push(`${answer.status}: ${answer.text.slice(0, 300)}`);
    }
  };
  for (let i = 0; i < WARM_UP_REQUESTS; i += 1) {
    await client.send('GET', path, undefined, headers);
  }
  for (let i = 0; i < requests; i += 1) {
    const answer = await client.send('GET', path, undefined, headers);
    recorder.recordMs(answer.ms);
    record(answer);
  }
  const body = first?.body as BoardAnswer | undefined;
  return {
    from: board.from,
    days: board.days,
    requests,
    units: body?.units?.length ?? 0,
    bars: body?.bars?.length ?? 0,
    bytes: first ? Buffer.byteLength(first.text) : 0,
    latency: recorder.summary(),
    errors,
    errorSamples,
  };
}
