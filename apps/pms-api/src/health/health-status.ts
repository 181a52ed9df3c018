import { REQUIRED_DEPENDENCIES } from '@pitchdesk/contracts';
import type { DependencyCheck, DependencyName, HealthReport } from '@pitchdesk/contracts';

/** `down` if a required dependency is down, `degraded` if only a best-effort one is. */
export function overallStatus(checks: Record<DependencyName, DependencyCheck>): HealthReport['status'] {
  const down = (Object.keys(checks) as DependencyName[]).filter((name) => checks[name].status === 'down');
  if (down.some((name) => REQUIRED_DEPENDENCIES.includes(name))) {
    return 'down';
  }
  return down.length > 0 ? 'degraded' : 'ok';
}

/** Rejects when `work` takes longer than `ms`, so one hung dependency cannot hang the report. */
export async function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
