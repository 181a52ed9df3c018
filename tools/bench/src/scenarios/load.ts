import autocannon from 'autocannon';
import type { LoadResult } from '../report.ts';
import { LatencyRecorder, perSecond } from '../stats.ts';

/**
 * `connections` keep-alive connections for `durationS` with autocannon, cycling through
 * `paths`. Latencies go into our own HDR histogram: autocannon's summary has no p95.
 */
export async function runLoad(url: string, paths: readonly string[], connections: number, durationS: number): Promise<LoadResult> {
  if (paths.length === 0) {
    throw new Error('runLoad needs at least one path');
  }
  const recorder = new LatencyRecorder();
  const statusCounts: Record<string, number> = {};
  let next = 0;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url,
        connections,
        duration: durationS,
        // A request that hangs counts as an error after this, rather than stalling the run.
        timeout: 10,
        requests: [
          {
            method: 'GET',
            setupRequest: (request) => {
              const path = paths[next % paths.length] ?? '/';
              next += 1;
              return { ...request, path };
            },
          },
        ],
      },
      (error: unknown, finished) => (error ? reject(error instanceof Error ? error : new Error(String(error))) : resolve(finished)),
    );
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      recorder.recordMs(responseTime);
      statusCounts[String(statusCode)] = (statusCounts[String(statusCode)] ?? 0) + 1;
    });
  });
  const latency = recorder.summary();
  const elapsedMs = result.finish.getTime() - result.start.getTime();
  return {
    connections,
    durationS: Math.round(elapsedMs / 10) / 100,
    requests: latency.count,
    reqPerS: perSecond(latency.count, elapsedMs),
    latency,
    non2xx: result.non2xx,
    errors: result.errors,
    statusCounts,
  };
}
