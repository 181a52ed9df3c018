import { dump } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { CUSTOMERS } from '@pitchdesk/infra/customers';
import { listJobs } from '../testing/gitlab-ci-local.ts';
import { deployPipeline, partsFor } from './deploy-pipeline.ts';

type Job = { script: string[]; when?: string; needs: unknown[]; resource_group: string; environment: { name: string; deployment_tier: string }; stage: string };
const jobsOf = (pipeline: Record<string, unknown>): Record<string, Job> =>
  Object.fromEntries(Object.entries(pipeline).filter(([name]) => name.startsWith('deploy:'))) as Record<string, Job>;

describe('partsFor', () => {
  it.each([
    [['pms-api', 'e2e'], { api: true, sites: false, infra: false }],
    [['booking-engine', 'shared-data-access-runtime-config'], { api: false, sites: true, infra: false }],
    [['pms-console'], { api: false, sites: true, infra: false }],
    [['infra', 'deploy'], { api: false, sites: false, infra: true }],
    [['bench', 'migration-lint', 'dev-tools'], { api: false, sites: false, infra: false }],
  ])('%j -> %j', (affected, parts) => {
    expect(partsFor(affected)).toEqual(parts);
  });
});

describe('deployPipeline', () => {
  const pipeline = deployPipeline(CUSTOMERS, ['pms-api', 'booking-engine', 'domain']);
  const jobs = jobsOf(pipeline);

  it('has a staging and a prod job per customer of the registry', () => {
    expect(Object.keys(jobs)).toEqual(CUSTOMERS.flatMap((customer) => [`deploy:${customer.id}-staging`, `deploy:${customer.id}-prod`]));
  });

  it('deploys staging automatically and prod only after manual approval, following its staging', () => {
    for (const customer of CUSTOMERS) {
      const staging = jobs[`deploy:${customer.id}-staging`];
      const prod = jobs[`deploy:${customer.id}-prod`];
      expect(staging?.when).toBeUndefined();
      expect(staging?.environment).toMatchObject({ name: `${customer.id}-staging`, deployment_tier: 'staging' });
      expect(prod).toMatchObject({ when: 'manual', allow_failure: false, stage: 'production', environment: { name: `${customer.id}-prod`, deployment_tier: 'production' } });
      expect(prod?.needs).toContain(`deploy:${customer.id}-staging`);
      expect(prod?.resource_group).toBe(`deploy-${customer.id}-prod`);
    }
  });

  it('passes only the affected parts to the deploy command', () => {
    expect(jobs['deploy:lagoverde-staging']?.script).toEqual(['node tools/deploy/src/cli.ts --stage lagoverde-staging --release "$CI_COMMIT_SHA" --parts api,sites']);
    const sitesOnly = jobsOf(deployPipeline(CUSTOMERS, ['booking-engine']));
    expect(Object.values(sitesOnly).map((job) => job.script[0]?.split('--parts ')[1])).toEqual(['sites', 'sites', 'sites', 'sites']);
  });

  it('creates no deploy job when nothing deployable is affected', () => {
    const nothing = deployPipeline(CUSTOMERS, ['bench', 'migration-lint']);
    expect(Object.keys(jobsOf(nothing))).toEqual([]);
    expect(Object.keys(nothing)).toEqual(['stages', 'nothing-to-deploy']);
  });

  it("is a valid GitLab pipeline (GitLab's CI schema, via gitlab-ci-local) whose prod jobs are manual", () => {
    const listed = listJobs(dump(pipeline), { branch: 'main' });
    expect(listed.code, listed.log).toBe(0);
    expect(listed.jobs.map((job) => [job.name, job.when])).toEqual(
      CUSTOMERS.flatMap((customer) => [
        [`deploy:${customer.id}-staging`, 'on_success'],
        [`deploy:${customer.id}-prod`, 'manual'],
      ]),
    );
    expect(listJobs(dump(deployPipeline(CUSTOMERS, ['bench'])), { branch: 'main' }).code).toBe(0);
  });
});
