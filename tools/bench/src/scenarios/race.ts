import { performance } from 'node:perf_hooks';
import type { JsonClient } from '../http-client.ts';
import type { RaceResult } from '../report.ts';
import type { Party, Slot } from '../stay-mix.ts';
import { LatencyRecorder, tally } from '../stats.ts';

/**
 * `attempts` holds on one unit-stay, all sent before any answer can arrive. The client's
 * connections are opened first (one per attempt), so the race is between requests in
 * the API, not TCP handshakes queueing in the listen backlog.
 */
export async function runRace(client: JsonClient, slug: string, slot: Slot, party: Party, attempts: number): Promise<RaceResult> {
  await Promise.all(Array.from({ length: attempts }, () => client.send('GET', '/api/health/live')));
  const recorder = new LatencyRecorder();
  const otherErrors: Record<string, number> = {};
  let created = 0;
  let conflicts = 0;
  const body = { unitId: slot.unitId, stay: { arrival: slot.arrival, departure: slot.departure }, party };
  let lastAnswerAt = 0;
  const started = performance.now();
  const answers = Array.from({ length: attempts }, () =>
    client.send('POST', `/api/properties/${slug}/holds`, body).then((answer) => {
      lastAnswerAt = Math.max(lastAnswerAt, performance.now());
      return answer;
    }),
  );
  for (const answer of await Promise.all(answers)) {
    recorder.recordMs(answer.ms);
    if (answer.status === 201) {
      created += 1;
    } else if (answer.status === 409) {
      conflicts += 1;
    } else {
      tally(otherErrors, answer.status === 0 ? 'network' : String(answer.status));
    }
  }
  const latency = recorder.summary();
  return {
    attempts,
    created,
    conflicts,
    otherErrors,
    allAnsweredMs: Math.round((lastAnswerAt - started) * 100) / 100,
    latency,
  };
}
