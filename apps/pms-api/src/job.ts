import { exitAfter } from './common/exit-after';
import { NestFactory } from '@nestjs/core';
import { createLogger } from './common/logger';
import { ConfigError, loadConfig } from './config/app-config';
import { describeJobs, findJob } from './jobs/job-registry';
import { JobsModule } from './jobs/jobs.module';

const Exit = { OK: 0, FAILED: 1, CONFIG: 2, UNKNOWN_JOB: 64 } as const;

/** One-off task: `node job.js <name>`, started by EventBridge Scheduler or by hand. */
async function main(): Promise<number> {
  const name = process.argv[2];
  const job = findJob(name);
  if (!job) {
    console.error(`${name ? `Unknown job "${name}"` : 'No job named'}. Jobs:\n${describeJobs()}`);
    return Exit.UNKNOWN_JOB;
  }
  let config;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      return Exit.CONFIG;
    }
    throw error;
  }
  const logger = createLogger(config);
  const app = await NestFactory.createApplicationContext(JobsModule.forRoot(config), { logger });
  const startedAt = performance.now();
  try {
    await job.run(app);
    logger.log({ message: 'job done', job: job.name, durationMs: Math.round(performance.now() - startedAt) });
    return Exit.OK;
  } catch (error) {
    logger.error({ message: 'job failed', job: job.name, error: String(error), stack: (error as Error).stack });
    return Exit.FAILED;
  } finally {
    await app.close();
  }
}

void main().then((code) => exitAfter(code));
