import type { ApiRuntime } from './api.ts';
import type { StageConfig } from './customer-config.ts';
import { logging } from './monitoring.ts';
import type { Network } from './network.ts';

export interface ScheduledJob {
  /** Component name prefix (PascalCase). */
  readonly id: string;
  /** The job's name in apps/pms-api/src/jobs/job-registry.ts: `node job.js <name>`. */
  readonly name: string;
  readonly schedule: `rate(${string})` | `cron(${string})`;
}

/**
 * The API instances do this work in the background too; the scheduled runs are the safety
 * net that keeps holds released and mail flowing when no instance is up (or all are busy).
 */
export const SCHEDULED_JOBS: readonly ScheduledJob[] = [
  { id: 'ReleaseExpiredHolds', name: 'release-expired-holds', schedule: 'rate(1 minute)' },
  { id: 'DrainMailOutbox', name: 'drain-mail-outbox', schedule: 'rate(5 minutes)' },
];

/** One Fargate task definition per job and an EventBridge Scheduler schedule that runs it. */
export function scheduledJobs(config: StageConfig, net: Network, image: $util.Input<string>, runtime: ApiRuntime): { component: string; task: sst.aws.Task }[] {
  return SCHEDULED_JOBS.map((job) => {
    const component = `job-${job.name}`;
    const task = new sst.aws.Task(`Job${job.id}`, {
      cluster: net.cluster,
      image,
      command: ['node', 'job.js', job.name],
      cpu: '0.25 vCPU',
      memory: '0.5 GB',
      environment: runtime.environment,
      ssm: runtime.ssm,
      permissions: runtime.permissions,
      logging: logging(config, component),
    });
    // CronV2 is EventBridge Scheduler (Cron, the v1 component, is deprecated EventBridge rules).
    new sst.aws.CronV2(`Job${job.id}Schedule`, { task, schedule: job.schedule, retries: 2 });
    return { component, task };
  });
}
