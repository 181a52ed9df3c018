import { drainMailOutboxJob } from './drain-mail-outbox.job';
import type { Job } from './job';
import { releaseExpiredHoldsJob } from './release-expired-holds.job';
import { seedDemoJob } from './seed-demo.job';

export const JOBS: readonly Job[] = [seedDemoJob, drainMailOutboxJob, releaseExpiredHoldsJob];

export function findJob(name: string | undefined): Job | undefined {
  return JOBS.find((job) => job.name === name);
}

export function describeJobs(): string {
  return JOBS.map((job) => `  ${job.name}  ${job.description}`).join('\n');
}
